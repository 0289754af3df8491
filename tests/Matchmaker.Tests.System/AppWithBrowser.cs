using Microsoft.Playwright;

namespace Matchmaker.Tests.System;

/// <summary>
/// The standalone app over a private Azurite and one headless Chromium for the test class: what every page
/// test starts from.
/// </summary>
public abstract class AppWithBrowser : IAsyncLifetime
{
    private AzuriteProcess? azurite;
    private DebianChromium? chromium;

    public StandaloneApp App { get; private set; } = null!;

    public IBrowser Browser => chromium!.Browser;

    public string StorageConnectionString => azurite!.ConnectionString;

    public async Task InitializeAsync()
    {
        // Playwright's 5 s default for an expectation is short when the test projects share two cores: a
        // page waiting on a confirm or a save then fails while the app is merely slow, not wrong.
        Assertions.SetDefaultExpectTimeout(20_000);
        chromium = await DebianChromium.LaunchAsync();
        azurite = await AzuriteProcess.StartAsync();
        App = await StandaloneApp.StartAsync(azurite.ConnectionString, [.. AppSettings]);
        await ReadyAsync();
    }

    public async Task DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    /// <summary>A fresh page (its own session storage and downloads) at the given viewport.</summary>
    public virtual async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Client.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>The app's settings beyond the test defaults, as command-line arguments.</summary>
    protected virtual IEnumerable<string> AppSettings => [];

    /// <summary>Waits until the app has reached the state the class's tests start from.</summary>
    protected virtual Task ReadyAsync() => Task.CompletedTask;

    /// <summary>The demo data (co-ops, open needs, people), a live bootstrap model, and a coordinator key.</summary>
    protected static IEnumerable<string> DemoData(string coordinatorKey) =>
        ["--Matchmaker:SeedDemoData=true", "--Matchmaker:TrainBootstrapModel=true", $"--Matchmaker:CoordinatorKey={coordinatorKey}"];
}
