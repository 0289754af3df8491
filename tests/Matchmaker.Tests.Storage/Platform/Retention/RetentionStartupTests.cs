using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Storage.Platform.Retention;

/// <summary>A retention period that would keep data forever stops the app at start-up, naming the setting.</summary>
[Collection(AzuriteTests.Name)]
public sealed class RetentionStartupTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("AuditDays", "0")]
    [InlineData("OutboxDays", "-1")]
    public async Task A_period_of_zero_or_less_stops_the_app_before_it_serves_anything(string setting, string days)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => StandaloneApp.StartAsync(azurite.ConnectionString, $"--Matchmaker:Retention:{setting}={days}"));

        Assert.Contains($"Matchmaker:Retention:{setting} is {days}; it must be a number of days from 1 to 3650.", failure.Message, StringComparison.Ordinal);
    }
}
