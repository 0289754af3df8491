using Azure.Identity;
using Azure.Storage.Queues;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Configuration;

namespace Matchmaker.Tests.Unit.Deployment;

/// <summary>The identity-based settings infra/ gives the app in Azure reach the account with its managed identity.</summary>
public sealed class StorageAccountTests
{
    [Fact]
    public void The_settings_azure_gets_reach_each_service_at_its_uri_with_the_user_assigned_managed_identity()
    {
        var settings = Configuration(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://stexample.blob.core.windows.net/",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://stexample.queue.core.windows.net/",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://stexample.table.core.windows.net/",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "6b3c0f1e-0000-4000-8000-000000000001",
        });

        var account = StorageAccount.FromConfiguration(settings);

        Assert.False(account.IsDevelopmentStorage);
        Assert.Equal("stexample.table.core.windows.net", account.CreateTableServiceClient().Uri.Host);
        Assert.Equal("stexample.queue.core.windows.net", account.CreateQueueServiceClient(QueueMessageEncoding.Base64).Uri.Host);
        Assert.Equal("stexample.blob.core.windows.net", account.CreateBlobServiceClient().Uri.Host);
        Assert.IsType<ManagedIdentityCredential>(StorageAccount.CredentialFrom(settings.GetSection(StorageAccount.SettingName)));
    }

    [Fact]
    public void An_account_name_alone_means_the_public_cloud_endpoints_and_the_developers_credential_chain()
    {
        var settings = Configuration(new() { ["AzureWebJobsStorage:accountName"] = "stexample" });

        var account = StorageAccount.FromConfiguration(settings);

        Assert.Equal("stexample.table.core.windows.net", account.CreateTableServiceClient().Uri.Host);
        Assert.IsType<DefaultAzureCredential>(StorageAccount.CredentialFrom(settings.GetSection(StorageAccount.SettingName)));
    }

    [Fact]
    public void The_environment_form_with_double_underscores_is_read_the_same_way()
    {
        // A prefix of its own, so the variable touches no other test's configuration.
        var prefix = $"MATCHMAKER_TEST_{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable($"{prefix}AzureWebJobsStorage__accountName", "stexample");
        Environment.SetEnvironmentVariable($"{prefix}AzureWebJobsStorage__credential", "managedidentity");
        try
        {
            var settings = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();

            Assert.Equal("stexample.queue.core.windows.net", StorageAccount.FromConfiguration(settings).CreateQueueServiceClient(QueueMessageEncoding.Base64).Uri.Host);
            Assert.IsType<ManagedIdentityCredential>(StorageAccount.CredentialFrom(settings.GetSection(StorageAccount.SettingName)));
        }
        finally
        {
            Environment.SetEnvironmentVariable($"{prefix}AzureWebJobsStorage__accountName", null);
            Environment.SetEnvironmentVariable($"{prefix}AzureWebJobsStorage__credential", null);
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
