using Azure.Identity;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Hosting.Standalone;
using Matchmaker.Platform.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Matchmaker.Tests.Unit.Platform;

/// <summary>Export to Application Insights happens only when a connection string is configured.</summary>
public sealed class TelemetryExportTests
{
    // A well-formed connection string to an address nothing listens on; nothing is started, so nothing is sent.
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/";

    [Fact]
    public void Without_a_connection_string_nothing_is_exported()
    {
        var services = new ServiceCollection().AddMatchmakerTelemetry(Configuration([]));

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(TracerProvider) || d.ServiceType == typeof(MeterProvider));
        Assert.Contains(services, d => d.ServiceType == typeof(MatchmakerMetrics));
    }

    [Fact]
    public void With_a_connection_string_traces_and_metrics_are_exported()
    {
        var services = new ServiceCollection().AddMatchmakerTelemetry(Configuration(new() { [MatchmakerTelemetry.ConnectionStringSetting] = ConnectionString }));

        Assert.Contains(services, d => d.ServiceType == typeof(TracerProvider));
        Assert.Contains(services, d => d.ServiceType == typeof(MeterProvider));
    }

    [Fact]
    public void The_worker_with_telemetry_still_resolves_every_function()
    {
        using var host = FunctionsWorkerHost.Create(
            ["--AzureWebJobsStorage=UseDevelopmentStorage=true", $"--{MatchmakerTelemetry.ConnectionStringSetting}={ConnectionString}"]);
        using var scope = host.Services.CreateScope();

        Assert.NotNull(scope.ServiceProvider.GetService<TracerProvider>());
        Assert.All(FunctionCatalog.Discover(typeof(StandaloneHost).Assembly), f => Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, f.FunctionType)));
    }

    [Theory]
    [InlineData("Authorization=AAD;ClientId=6b3c0f1e-0000-4000-8000-000000000001", true)]
    [InlineData("ClientId=6b3c0f1e-0000-4000-8000-000000000001;Authorization=AAD", true)]
    [InlineData("Authorization=AAD", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Authorization=Key", false)]
    public void Ingestion_authenticates_with_the_managed_identity_when_the_authentication_string_says_AAD(string? authentication, bool managedIdentity)
    {
        var credential = TelemetryCredential.FromAuthenticationString(authentication);

        Assert.Equal(managedIdentity, credential is ManagedIdentityCredential);
        Assert.Equal(managedIdentity, credential is not null);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
