using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Review;

/// <summary>
/// The standalone app over a private Azurite with the demo data and a live bootstrap model, waited on until
/// matching has made pending suggestions, and a headless Chromium to drive the review page.
/// </summary>
public sealed class ReviewPageWorld : IAsyncLifetime
{
    public const string CoordinatorKey = "review-page-coordinator-key-0123456789";

    private AzuriteProcess azurite = null!;
    private DebianChromium? chromium;

    public StandaloneApp App { get; private set; } = null!;

    public IBrowser Browser => chromium!.Browser;

    public string StorageConnectionString => azurite.ConnectionString;

    /// <summary>Where the screenshots go: <c>TestResults/screenshots/</c> under the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        chromium = await DebianChromium.LaunchAsync();
        azurite = await AzuriteProcess.StartAsync();
        App = await StandaloneApp.StartAsync(
            azurite.ConnectionString,
            "--Matchmaker:SeedDemoData=true",
            "--Matchmaker:TrainBootstrapModel=true",
            $"--Matchmaker:CoordinatorKey={CoordinatorKey}");
        await Eventually.TrueAsync(async () => (await PendingAsync()).Count >= 3, "matching has made pending suggestions from the demo data", seconds: 240);

        Directory.CreateDirectory(ScreenshotFolder);
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

    /// <summary>A fresh page (its own session storage) at the given viewport.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Client.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    /// <summary>The review page opened and signed in with <paramref name="key"/>.</summary>
    public async Task<IPage> SignedInPageAsync(string key = CoordinatorKey, int width = 1280, int height = 800)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/api/review");
        await page.GetByLabel("Your coordinator key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();
        return page;
    }

    public async Task<IReadOnlyList<JsonElement>> SuggestionsAsync(string status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/suggestions?status={status}&limit=100");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", CoordinatorKey);
        using var response = await App.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    private Task<IReadOnlyList<JsonElement>> PendingAsync() => SuggestionsAsync("pending");
}
