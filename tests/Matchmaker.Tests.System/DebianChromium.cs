using Microsoft.Playwright;

namespace Matchmaker.Tests.System;

/// <summary>
/// Debian's headless Chromium driven by Playwright (Playwright's own browser download needs the internet,
/// which CI does not have). Disposing it closes the browser and Playwright.
/// </summary>
public sealed class DebianChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright playwright;

    private DebianChromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>Fails loudly when Chromium is missing rather than skipping: a browser test that quietly does not run proves nothing.</summary>
    public static async Task<DebianChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath}. Install it with " +
                "'apt-get install -y --no-install-recommends chromium' (.ci/run does this when it is missing).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return new DebianChromium(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
