using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>Settings that would leave the app open stop it at start-up, with a message naming the setting.</summary>
[Collection(AzuriteTests.Name)]
public sealed class StartupSettingsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_coordinator_key_shorter_than_32_characters_stops_the_app_before_it_serves_anything()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => StandaloneApp.StartAsync(azurite.ConnectionString, "--Matchmaker:CoordinatorKey=short-key"));

        Assert.Contains("Matchmaker:CoordinatorKey is 9 characters long; it must have at least 32.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trusted_proxy_list_that_cannot_be_read_stops_the_app_before_it_serves_anything()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => StandaloneApp.StartAsync(azurite.ConnectionString, "--Matchmaker:Limits:TrustedProxies=10.0.0.0/8,front-door"));

        Assert.Contains("Matchmaker:Limits:TrustedProxies holds 'front-door'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_queue_message_lease_no_longer_than_the_outage_budget_stops_the_app_before_it_serves_anything()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => StandaloneApp.StartAsync(azurite.ConnectionString, "--Matchmaker:Queues:OutageBudget=00:01:00", "--Matchmaker:Queues:MessageLease=00:01:00"));

        Assert.Contains("Matchmaker:Queues:MessageLease must be longer than Matchmaker:Queues:OutageBudget.", failure.Message, StringComparison.Ordinal);
    }
}
