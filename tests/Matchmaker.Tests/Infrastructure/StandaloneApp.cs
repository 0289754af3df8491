using Matchmaker.Hosting.Standalone;
using Microsoft.AspNetCore.Builder;

namespace Matchmaker.Tests.Infrastructure;

/// <summary>The standalone host, in this process, on a free loopback port, against the given storage.</summary>
public sealed class StandaloneApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private StandaloneApp(WebApplication app, Uri address)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<StandaloneApp> StartAsync(string storageConnectionString, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        string[] args =
        [
            $"--urls={address}",
            $"--AzureWebJobsStorage={storageConnectionString}",
            "--environment=Testing",
            "--Matchmaker:SeedDemoData=false",
            .. settings,
        ];
        var app = StandaloneHost.Create(args);
        await app.StartAsync();
        return new StandaloneApp(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
