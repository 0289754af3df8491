using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.System.Deployment;

/// <summary>The storage account of the compiled template: locked to Entra ID and TLS 1.2, with everything the app uses.</summary>
public sealed class StorageTemplateTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void The_storage_account_refuses_shared_keys_plain_http_public_blobs_and_tls_below_1_2()
    {
        var account = template.Plain.One("Microsoft.Storage/storageAccounts").Properties;

        Assert.Equal(false, account["allowSharedKeyAccess"]);
        Assert.Equal(true, account["supportsHttpsTrafficOnly"]);
        Assert.Equal("TLS1_2", account["minimumTlsVersion"]);
        Assert.Equal(false, account["allowBlobPublicAccess"]);
    }

    [Theory]
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")] // Storage Table Data Contributor
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88")] // Storage Queue Data Contributor
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b")] // Storage Blob Data Owner
    public void The_apps_identity_holds_each_data_role_on_the_storage_account(string roleDefinitionId)
    {
        var resources = template.Plain;

        var assignment = Assert.Single(
            resources.OfType("Microsoft.Authorization/roleAssignments"),
            r => ArmValues.Render(r.Properties["roleDefinitionId"]).EndsWith($"'{roleDefinitionId}')>", StringComparison.Ordinal));
        Assert.Equal("storage", assignment.Deployment);
        Assert.StartsWith("<resourceId('Microsoft.Storage/storageAccounts', ", ArmValues.Render(assignment.Body["scope"]), StringComparison.Ordinal);
        Assert.True(Deployed.IsOutputOf(assignment.Properties["principalId"], "identity", "principalId"), $"{assignment.Properties["principalId"]}");
        Assert.Equal("ServicePrincipal", assignment.Properties["principalType"]);
    }

    [Fact]
    public void Every_table_queue_poison_queue_and_container_the_app_uses_is_created_and_nothing_else()
    {
        var resources = template.Plain;
        string[] Names(string type) => [.. resources.OfType(type).Select(r => r.LocalName).Order()];

        Assert.Equal(StorageNames.Tables.Order(), Names("Microsoft.Storage/storageAccounts/tableServices/tables"));
        Assert.Equal(
            StorageNames.Queues.SelectMany(q => new[] { q, StorageNames.PoisonQueueOf(q) }).Order(),
            Names("Microsoft.Storage/storageAccounts/queueServices/queues"));
        // The deployment package's container, named after the account's blob endpoint (an opaque "<...>").
        var deploymentContainer = ArmValues.Render(resources.One("Microsoft.Web/sites").At("properties.functionAppConfig.deployment.storage.value"));
        var endpointEnd = deploymentContainer.LastIndexOf('>') + 1;
        Assert.True(Deployed.IsOutputOf(deploymentContainer[..endpointEnd], "storage", "blobEndpoint"), deploymentContainer);
        Assert.Equal(
            StorageNames.Containers.Append(deploymentContainer[endpointEnd..]).Order(),
            Names("Microsoft.Storage/storageAccounts/blobServices/containers"));
    }
}
