using System.Net;
using Matchmaker.Platform.Limits;

namespace Matchmaker.Tests.System.Deployment;

/// <summary>The function app of the compiled template: Flex Consumption, .NET 10 isolated, identity-based settings.</summary>
public sealed class FunctionAppTemplateTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void The_app_runs_dotnet_isolated_10_on_a_linux_flex_consumption_plan_over_https_only()
    {
        var resources = template.Deploy(new() { ["instanceMemoryMB"] = 4096L, ["maximumInstanceCount"] = 10L });

        var plan = resources.One("Microsoft.Web/serverfarms");
        Assert.Equal(("FC1", "FlexConsumption", true), (plan.At("sku.name"), plan.At("sku.tier"), plan.At("properties.reserved")));
        var app = resources.One("Microsoft.Web/sites");
        Assert.Equal("functionapp,linux", app.Body["kind"]);
        Assert.Equal(true, app.Properties["httpsOnly"]);
        Assert.Equal("1.2", app.At("properties.siteConfig.minTlsVersion"));
        Assert.Equal(("dotnet-isolated", "10.0"), (app.At("properties.functionAppConfig.runtime.name"), app.At("properties.functionAppConfig.runtime.version")));
        Assert.Equal((4096L, 10L), (app.At("properties.functionAppConfig.scaleAndConcurrency.instanceMemoryMB"), app.At("properties.functionAppConfig.scaleAndConcurrency.maximumInstanceCount")));
        Assert.Equal("api", ((Dictionary<string, object?>)app.Body["tags"]!)["azd-service-name"]);
    }

    [Fact]
    public void The_app_runs_as_the_user_assigned_identity_which_also_fetches_its_package_and_resolves_key_vault_references()
    {
        var app = template.Plain.One("Microsoft.Web/sites");

        Assert.Equal("UserAssigned", app.At("identity.type"));
        Assert.True(Deployed.IsOutputOf(Assert.Single((Dictionary<string, object?>)app.At("identity.userAssignedIdentities")!).Key, "identity", "id"));
        Assert.True(Deployed.IsOutputOf(app.Properties["keyVaultReferenceIdentity"], "identity", "id"));
        Assert.Equal("UserAssignedIdentity", app.At("properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.True(Deployed.IsOutputOf(app.At("properties.functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId"), "identity", "id"));
    }

    [Fact]
    public void Storage_is_reached_with_the_managed_identity_and_no_setting_holds_an_account_key()
    {
        foreach (var resources in new[] { template.Plain, template.WithSecrets })
        {
            var settings = resources.AppSettings();

            Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
            Assert.True(Deployed.IsOutputOf(settings["AzureWebJobsStorage__clientId"], "identity", "clientId"));
            foreach (var service in new[] { "blob", "queue", "table" })
            {
                Assert.True(Deployed.IsOutputOf(settings[$"AzureWebJobsStorage__{service}ServiceUri"], "storage", $"{service}Endpoint"));
            }

            Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
            Assert.DoesNotContain(settings.Keys, k => k.StartsWith("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", StringComparison.OrdinalIgnoreCase));
            Assert.All(settings.Values.Select(ArmValues.Render), value =>
            {
                Assert.DoesNotContain("AccountKey", value, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("SharedAccessSignature", value, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("listKeys", value, StringComparison.OrdinalIgnoreCase);
            });
        }

        // No key of any account is ever read, in any module.
        Assert.DoesNotMatch("(?i)list(Account|Service)?(Keys|Sas)\\(", template.Json);
    }

    [Fact]
    public void The_sign_up_limits_believe_the_forwarded_client_address_only_from_the_functions_host_on_the_same_machine()
    {
        foreach (var resources in new[] { template.Plain, template.WithSecrets })
        {
            var proxies = TrustedProxyList.Parse(ArmValues.Render(resources.AppSettings()["Matchmaker__Limits__TrustedProxies"]));

            Assert.All(proxies, p => Assert.True(IPAddress.IsLoopback(p.BaseAddress) && p.PrefixLength == p.BaseAddress.GetAddressBytes().Length * 8, $"{p} is more than this machine."));
            Assert.Contains(proxies, p => p.Contains(IPAddress.Loopback));
        }
    }

    [Fact]
    public void Telemetry_goes_to_application_insights_with_the_identity_and_neither_it_nor_log_analytics_accepts_keys()
    {
        var resources = template.Plain;

        Assert.Equal(true, resources.One("Microsoft.Insights/components").Properties["DisableLocalAuth"]);
        Assert.Equal(true, resources.One("Microsoft.OperationalInsights/workspaces").At("properties.features.disableLocalAuth"));
        var settings = resources.AppSettings();
        Assert.IsType<ArmOpaque>(settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        var authentication = ArmValues.Render(settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.Matches("^ClientId=<.*'identity'\\).*\\.outputs\\.clientId\\.value>;Authorization=AAD$", authentication);
        var publisher = Assert.Single(resources.OfType("Microsoft.Authorization/roleAssignments"), r => r.Deployment == "monitoring");
        Assert.EndsWith("'3913510d-42f4-4e42-8a64-420c390055eb')>", ArmValues.Render(publisher.Properties["roleDefinitionId"]), StringComparison.Ordinal);
        Assert.True(Deployed.IsOutputOf(publisher.Properties["principalId"], "identity", "principalId"));
    }

    [Fact]
    public void Easy_auth_is_off_by_default_and_when_on_lets_unauthenticated_calls_through_for_the_keys_and_tokens()
    {
        Assert.DoesNotContain(template.Plain, r => r.LocalName == "authsettingsV2");

        var auth = Assert.Single(
            template.Deploy(new() { ["enableEasyAuth"] = true, ["easyAuthClientId"] = "11111111-2222-3333-4444-555555555555" }),
            r => r.Type == "Microsoft.Web/sites/config" && r.LocalName == "authsettingsV2");
        Assert.Equal(true, auth.At("properties.platform.enabled"));
        Assert.Equal(("AllowAnonymous", false), (auth.At("properties.globalValidation.unauthenticatedClientAction"), auth.At("properties.globalValidation.requireAuthentication")));
        Assert.Equal("11111111-2222-3333-4444-555555555555", auth.At("properties.identityProviders.azureActiveDirectory.registration.clientId"));
        Assert.Contains("11111111-2222-3333-4444-555555555555", (List<object?>)auth.At("properties.identityProviders.azureActiveDirectory.validation.allowedAudiences")!);
    }
}
