using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Matchmaker.Email.Outbox;
using Matchmaker.Platform.Storage;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Review;

/// <summary>
/// The app with the demo data and a browser (<see cref="AppWithBrowser"/>), waited on until matching has made pending
/// suggestions, to drive the review page.
/// </summary>
public class ReviewPageWorld : AppWithBrowser
{
    public const string CoordinatorKey = "review-page-coordinator-key-0123456789";

    /// <summary>Where the screenshots go: <c>TestResults/screenshots/</c> under the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    protected override IEnumerable<string> AppSettings => DemoData(CoordinatorKey);

    protected override async Task ReadyAsync()
    {
        await Eventually.TrueAsync(async () => (await SuggestionsAsync("pending")).Count >= 3, "matching has made pending suggestions from the demo data", seconds: 240);
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

    /// <summary>Opens (by its summary, as a person would) the best need with at least <paramref name="cards"/> suggestions and waits for them.</summary>
    public static async Task<ILocator> OpenNeedWithAsync(IPage page, int cards)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("details.group").First.WaitForAsync();
        var needId = await page.EvaluateAsync<string?>(
            "min => { const d = [...document.querySelectorAll('details.group')].find(d => Number(d.dataset.count) >= min); return d ? d.dataset.needId : null; }", cards);
        Assert.True(needId is not null, $"No need has {cards} suggestions.");
        var group = page.Locator($"details.group[data-need-id='{needId}']");
        if (await group.GetAttributeAsync("open") is null)
        {
            await group.Locator("summary").ClickAsync();
        }

        await group.Locator(".card").Nth(cards - 1).WaitForAsync();
        return group;
    }

    public async Task<IReadOnlyList<JsonElement>> SuggestionsAsync(string status) =>
        [.. (await GetAsync($"/api/suggestions?status={status}&limit=100")).GetProperty("items").EnumerateArray()];

    /// <summary>A coordinator's GET of the API, as JSON.</summary>
    public async Task<JsonElement> GetAsync(string path, string key = CoordinatorKey)
    {
        using var response = await SendAsync(HttpMethod.Get, path, key);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string key = CoordinatorKey, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Content = body is null ? null : JsonContent.Create(body);
        return await App.Client.SendAsync(request);
    }

    // A pending suggestion approved through the API (the weakest one whose need still has an opening left, so
    // the best ones stay for the tests that decide on the page), once both of its asking emails are sent.
    public async Task<string> ApprovedIntroductionAsync()
    {
        string? suggestion = null;
        foreach (var candidate in (await SuggestionsAsync("pending")).Reverse().Select(s => s.GetProperty("id").GetString()!))
        {
            using var approved = await SendAsync(HttpMethod.Post, $"/api/suggestions/{Uri.EscapeDataString(candidate)}/approve", body: new { note = (string?)null });
            Assert.True(approved.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{approved.StatusCode}: {await approved.Content.ReadAsStringAsync()}");
            if (approved.StatusCode == HttpStatusCode.OK)
            {
                suggestion = candidate;
                break;
            }
        }

        Assert.True(suggestion is not null, "No pending suggestion could be approved: every need's openings are taken.");
        string? id = null;
        await Eventually.TrueAsync(
            async () =>
            {
                var found = (await GetAsync("/api/introductions?limit=100")).GetProperty("items").EnumerateArray()
                    .SingleOrDefault(i => i.GetProperty("suggestionId").GetString() == suggestion);
                id = found.ValueKind == JsonValueKind.Object ? found.GetProperty("id").GetString() : null;
                return id is not null && found.GetProperty("emailDetails").EnumerateArray().Count(e => e.GetProperty("state").GetString() == "sent") >= 2;
            },
            "both asking emails of the approved suggestion's introduction are sent");
        return id!;
    }

    public async Task<JsonElement> IntroductionAsync(string id) =>
        (await GetAsync("/api/introductions?limit=100")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    /// <summary>A need's matching message, for a need that does not exist, left in the poison queue as failing every try leaves it.</summary>
    public async Task<string> PoisonedMatchingAsync()
    {
        var poison = new QueueServiceClient(StorageConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 })
            .GetQueueClient(StorageNames.PoisonQueueOf(StorageNames.NeedUpdatesQueue));
        await poison.CreateIfNotExistsAsync();
        return (await poison.SendMessageAsync($$"""{"id":"{{Guid.NewGuid():N}}","version":1}""")).Value.MessageId;
    }

    /// <summary>Leaves an email's outbox row as a send that ended so leaves it (refused, timed out), without making one.</summary>
    public async Task MarkEmailAsync(string introductionId, string emailKey, string status, string error)
    {
        var table = new TableServiceClient(StorageConnectionString).GetTableClient(StorageNames.OutboxTable);
        var row = (await table.GetEntityAsync<OutboxEntity>(introductionId, emailKey)).Value;
        row.Status = status;
        row.LastError = error;
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
    }

    /// <summary>Fails with every serious or critical axe violation and any sideways scroll, then keeps a screenshot.</summary>
    public static Task AssertAccessibleAsync(IPage page, string state) =>
        Accessibility.AssertAsync(page, $"review-{state}", ScreenshotFolder);
}
