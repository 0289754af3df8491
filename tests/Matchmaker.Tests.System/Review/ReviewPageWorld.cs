using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Review;

/// <summary>
/// The app with the demo data and a browser (<see cref="AppWithBrowser"/>), waited on until matching has made pending
/// suggestions, to drive the review page.
/// </summary>
public sealed class ReviewPageWorld : AppWithBrowser
{
    public const string CoordinatorKey = "review-page-coordinator-key-0123456789";

    /// <summary>Where the screenshots go: <c>TestResults/screenshots/</c> under the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    protected override IEnumerable<string> AppSettings => DemoData(CoordinatorKey);

    protected override async Task ReadyAsync()
    {
        await Eventually.TrueAsync(async () => (await PendingAsync()).Count >= 3, "matching has made pending suggestions from the demo data", seconds: 240);
        Directory.CreateDirectory(ScreenshotFolder);
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
