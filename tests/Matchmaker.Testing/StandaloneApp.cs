using Matchmaker.Platform.Hosting.Standalone;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Testing;

/// <summary>The standalone host, in this process, on a free loopback port, against the given storage.</summary>
public sealed class StandaloneApp : IAsyncDisposable
{
    /// <summary>
    /// The suppression key every app under test gets (outside Development the app generates none): one for all,
    /// so apps that share a storage account agree. A test of keys passes its own after it.
    /// </summary>
    public const string SuppressionKey = "test-suppression-key-0123456789abcdef-not-a-secret";

    private readonly WebApplication app;

    private StandaloneApp(WebApplication app, Uri address, string outbox)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = address };
        Outbox = new Outbox(outbox);
    }

    /// <summary>This app's own eml folder (no SendGrid key: every email is an .eml file there).</summary>
    public Outbox Outbox { get; }

    public HttpClient Client { get; }

    /// <summary>What the app logged at Error or above.</summary>
    public ServerErrors Errors { get; } = new();

    public IServiceProvider Services => app.Services;

    public static Task<StandaloneApp> StartAsync(string storageConnectionString, params string[] settings) =>
        StartAsync(storageConnectionString, null, settings);

    /// <param name="configureServices">Registrations that replace the app's own (such as a <see cref="ManualTimeProvider"/>).</param>
    public static async Task<StandaloneApp> StartAsync(string storageConnectionString, Action<IServiceCollection>? configureServices, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var outbox = Path.Combine(Path.GetTempPath(), "matchmaker-tests", $"outbox-{Guid.NewGuid():N}");
        string[] args =
        [
            $"--urls={address}",
            $"--AzureWebJobsStorage={storageConnectionString}",
            "--environment=Testing",
            "--Matchmaker:SeedDemoData=false",
            "--Matchmaker:TrainBootstrapModel=false",
            $"--Matchmaker:Email:EmlFolder={outbox}",
            $"--Matchmaker:Email:SuppressionKey={SuppressionKey}",
            // Every test signs up from this machine's one address, many of them the same person again: the
            // hourly sign-up limits and the day's email budget are off here (0), and the tests of those limits set them.
            "--Matchmaker:Limits:SignUpsPerCallerPerHour=0",
            "--Matchmaker:Limits:EmailsPerAddressPerHour=0",
            "--Matchmaker:Limits:EmailsPerDay=0",
            // The console gets warnings and errors only: tests read what they check from the app itself (and
            // Errors below), and writing every request's information lines to the test host's output costs time.
            "--Logging:Console:LogLevel:Default=Warning",
            .. settings,
        ];
        var app = StandaloneHost.Create(args, configureServices);
        var started = new StandaloneApp(app, address, outbox);
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(started.Errors);
        await app.StartAsync();
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
