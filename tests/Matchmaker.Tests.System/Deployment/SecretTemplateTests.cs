namespace Matchmaker.Tests.System.Deployment;

/// <summary>Secrets of the compiled template: kept in Key Vault, reaching the app only as Key Vault references.</summary>
public sealed class SecretTemplateTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    [Theory]
    [InlineData(CompiledTemplate.SendGridKey, "Matchmaker__Email__SendGridApiKey", "sendgrid-api-key", "sendGridSecretUri")]
    [InlineData(CompiledTemplate.CoordinatorKey, "Matchmaker__CoordinatorKey", "coordinator-key", "coordinatorSecretUri")]
    [InlineData(CompiledTemplate.SuppressionKey, "Matchmaker__Email__SuppressionKey", "suppression-key", "suppressionKeySecretUri")]
    [InlineData(CompiledTemplate.EventWebhookPublicKey, "Matchmaker__Email__EventWebhookPublicKey", "event-webhook-public-key", "eventWebhookPublicKeySecretUri")]
    public void A_secret_reaches_the_app_only_as_a_key_vault_reference(string secret, string setting, string secretName, string uriOutput)
    {
        var resources = template.WithSecrets;

        var reference = ArmValues.Render(resources.AppSettings()[setting]);
        Assert.StartsWith("@Microsoft.KeyVault(SecretUri=", reference, StringComparison.Ordinal);
        Assert.EndsWith(")", reference, StringComparison.Ordinal);
        Assert.True(Deployed.IsOutputOf(reference["@Microsoft.KeyVault(SecretUri=".Length..^1], "keyvault", uriOutput), reference);
        Assert.Equal(
            $"[format('{{0}}secrets/{secretName}', reference(resourceId('Microsoft.KeyVault/vaults', parameters('name')), '2023-07-01').vaultUri)]",
            ArmTemplate.OutputExpression(template.Root, "keyvault", uriOutput));
        var holders = resources.SelectMany(r => ArmValues.Leaves(r.Body).Where(l => Equals(l.Leaf, secret)).Select(l => (r.Type, r.Name, l.Path))).ToList();
        var stored = Assert.Single(holders, h => h.Type == "Microsoft.KeyVault/vaults/secrets");
        Assert.Equal(".properties.value", stored.Path);
        Assert.EndsWith($"/{secretName}", stored.Name, StringComparison.Ordinal);
        // Otherwise only handed, as a secure parameter, to the Key Vault module that stores it.
        var handed = Assert.Single(holders, h => h.Type != "Microsoft.KeyVault/vaults/secrets");
        Assert.Equal(("Microsoft.Resources/deployments", "keyvault"), (handed.Type, handed.Name));
        var parameter = handed.Path.Split('.')[^1];
        Assert.Equal("securestring", ArmTemplate.ParameterTypes(template.Root, "keyvault")[parameter], ignoreCase: true);
        Assert.Equal("securestring", ArmTemplate.ParameterTypes(template.Root)[parameter], ignoreCase: true);
    }

    [Fact]
    public void Without_secrets_there_is_no_secret_and_no_setting_so_emails_go_to_the_outbox()
    {
        var resources = template.Plain;

        Assert.Empty(resources.OfType("Microsoft.KeyVault/vaults/secrets"));
        Assert.DoesNotContain("Matchmaker__Email__SendGridApiKey", resources.AppSettings().Keys);
        Assert.DoesNotContain("Matchmaker__CoordinatorKey", resources.AppSettings().Keys);
    }

    [Theory]
    [InlineData("Matchmaker__Email__SuppressionKey", "suppression-key", "suppressionKeySecretUri")]
    [InlineData("Matchmaker__Email__EventWebhookPublicKey", "event-webhook-public-key", "eventWebhookPublicKeySecretUri")]
    public void A_key_stays_a_key_vault_reference_when_provisioned_again_without_its_value_and_its_secret_is_left_alone(
        string setting, string secretName, string uriOutput)
    {
        // azd provision replaces every app setting: the first provision is given the key, a later one (another
        // machine, an emptied azd environment) is not.
        var first = template.WithSecrets;
        var again = template.Plain;

        Assert.Single(first.OfType("Microsoft.KeyVault/vaults/secrets"), s => s.Name.EndsWith($"/{secretName}", StringComparison.Ordinal));
        // Not written again, so neither overwritten nor removed (ARM deploys incrementally): the vault keeps the first value.
        Assert.DoesNotContain(again.OfType("Microsoft.KeyVault/vaults/secrets"), s => s.Name.EndsWith($"/{secretName}", StringComparison.Ordinal));
        foreach (var resources in new[] { first, again })
        {
            var reference = ArmValues.Render(resources.AppSettings()[setting]);
            Assert.StartsWith("@Microsoft.KeyVault(SecretUri=", reference, StringComparison.Ordinal);
            Assert.True(Deployed.IsOutputOf(reference["@Microsoft.KeyVault(SecretUri=".Length..^1], "keyvault", uriOutput), reference);
        }

        Assert.Equal(
            $"[format('{{0}}secrets/{secretName}', reference(resourceId('Microsoft.KeyVault/vaults', parameters('name')), '2023-07-01').vaultUri)]",
            ArmTemplate.OutputExpression(template.Root, "keyvault", uriOutput));
    }

    [Fact]
    public void No_key_is_generated_at_deployment_so_no_provision_can_make_a_new_one()
    {
        // A newGuid() default would be a new key on every provision; uniqueString() is derived from public ids, no secret.
        Assert.DoesNotContain("newGuid(", template.Json, StringComparison.OrdinalIgnoreCase);
        var main = ArmTemplate.ParameterTypes(template.Root);
        Assert.Equal("securestring", main["suppressionKey"], ignoreCase: true);
        Assert.Equal("", template.Root.GetProperty("parameters").GetProperty("suppressionKey").GetProperty("defaultValue").GetString());
    }

    [Fact]
    public void The_vault_authorises_by_role_and_the_apps_identity_may_read_secrets()
    {
        var resources = template.Plain;

        Assert.Equal(true, resources.One("Microsoft.KeyVault/vaults").Properties["enableRbacAuthorization"]);
        var reader = Assert.Single(resources.OfType("Microsoft.Authorization/roleAssignments"), r => r.Deployment == "keyvault");
        Assert.EndsWith("'4633458b-17de-408a-b874-0445c86b69e6')>", ArmValues.Render(reader.Properties["roleDefinitionId"]), StringComparison.Ordinal);
        Assert.True(Deployed.IsOutputOf(reader.Properties["principalId"], "identity", "principalId"));
    }
}
