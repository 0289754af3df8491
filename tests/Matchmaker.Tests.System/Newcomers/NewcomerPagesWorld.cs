using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Matchmaker.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>
/// The app with the demo data and a browser (<see cref="AppWithBrowser"/>), every line the app logs kept and its emails
/// written as .eml files. Nothing is faked: the pages call the real API, and links come from the emails the app wrote.
/// </summary>
public partial class NewcomerPagesWorld : AppWithBrowser
{
    public const string CoordinatorKey = "newcomer-pages-coordinator-key-0123456789";


    public AppLogLines Logs { get; } = new();

    /// <summary>Where the screenshots go: <c>TestResults/screenshots/newcomers/</c> under the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", "newcomers");

    protected override IEnumerable<string> AppSettings => DemoData(CoordinatorKey);

    protected override async Task ReadyAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        App.Services.GetRequiredService<ILoggerFactory>().AddProvider(Logs);
        await Eventually.TrueAsync(ModelIsLiveAsync, "the bootstrap model is live", seconds: 240);
        await Eventually.TrueAsync(async () => (await OpenNeedCountAsync()) >= 5, "the demo needs are open", seconds: 120);
    }

    /// <summary>An address nobody else in the run uses.</summary>
    public static string NewEmail(string who) => $"{who}.{Guid.NewGuid():N}@example.org";

    /// <summary>The link in the latest email to <paramref name="email"/> whose fragment holds <paramref name="kind"/> (confirm or signin), as a path with its fragment.</summary>
    public async Task<string> LinkAsync(string email, string kind)
    {
        string? link = null;
        await Eventually.TrueAsync(
            () =>
            {
                link = App.Outbox.To(email)
                    .Select(mail => mail.Parts.First(part => part.ContentType.StartsWith("text/plain", StringComparison.Ordinal)).Text)
                    .Select(text => MeLink().Matches(text).Select(m => m.Value).LastOrDefault(l => l.Contains($"&{kind}=", StringComparison.Ordinal)))
                    .LastOrDefault(l => l is not null);
                return Task.FromResult(link is not null);
            },
            $"an email to the address carries a '{kind}' link to the page",
            () => $" Emails to it: {App.Outbox.To(email).Count}.",
            seconds: 30);
        return link!;
    }

    /// <summary>The code in a link's fragment.</summary>
    public static string CodeOf(string link, string kind) => Regex.Match(link, $"[#&]{kind}=([^&]+)").Groups[1].Value;

    /// <summary>A profile made through the API (as another client would), its confirmation link and its owner token.</summary>
    public async Task<(string Id, string Email, string ConfirmLink, string OwnerToken)> CreateProfileAsync(string who, ProfileInput? input = null)
    {
        var email = NewEmail(who);
        var body = (input ?? TestProfiles.Valid()) with { Email = email };
        using var response = await App.Client.PostAsJsonAsync("/api/profiles", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<ProfileCreated>())!;
        return (created.Id, email, await LinkAsync(email, "confirm"), created.OwnerToken);
    }

    /// <summary>The newcomer's page opened from a fresh confirmation link and confirmed: signed in, in its own tab.</summary>
    public async Task<(IPage Page, string Id, string Email)> ConfirmedMePageAsync(string who, int width = 1280, int height = 800, ProfileInput? input = null)
    {
        var (id, email, link, _) = await CreateProfileAsync(who, input);
        var page = await NewPageAsync(width, height);
        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hello")).ToContainTextAsync("Hello, ");
        return (page, id, email);
    }

    public static async Task<string?> OwnerTokenAsync(IPage page) =>
        await page.EvaluateAsync<string?>("() => { const o = JSON.parse(sessionStorage.getItem('matchmaker.owner') || 'null'); return o && o.token; }");

    /// <summary>axe on the page's state (see <see cref="Accessibility.AssertAsync"/>), its screenshot in <paramref name="folder"/>, else <see cref="ScreenshotFolder"/>.</summary>
    public static Task AssertAccessibleAsync(IPage page, string state, string? folder = null) =>
        Accessibility.AssertAsync(page, state, folder ?? ScreenshotFolder);

    /// <summary>Every entity in every table of the storage account with a property holding <paramref name="text"/>, as "table/partition/row/property".</summary>
    public async Task<IReadOnlyList<string>> EntitiesHoldingAsync(string text)
    {
        var service = new TableServiceClient(StorageConnectionString);
        var found = new List<string>();
        await foreach (var table in service.QueryAsync())
        {
            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                found.AddRange(entity
                    .Where(property => property.Value is string value && value.Contains(text, StringComparison.OrdinalIgnoreCase))
                    .Select(property => $"{table.Name}/{entity.PartitionKey}/{entity.RowKey}/{property.Key}"));
            }
        }

        return found;
    }

    /// <summary>The ids of the pending suggestions of one person, as coordinators see them.</summary>
    public async Task<IReadOnlyList<string>> SuggestionsAsync(string profileId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/suggestions?status=pending&profileId={profileId}&limit=100");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", CoordinatorKey);
        using var response = await App.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];
    }

    private async Task<bool> ModelIsLiveAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/model");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", CoordinatorKey);
        using var response = await App.Client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private async Task<int> OpenNeedCountAsync()
    {
        var page = await App.Client.GetFromJsonAsync<JsonElement>("/api/needs?limit=100");
        return page.GetProperty("items").GetArrayLength();
    }

    [GeneratedRegex(@"/api/me#profile=[A-Za-z0-9_~.%-]+&(?:confirm|signin)=[A-Za-z0-9_~.%-]+")]
    private static partial Regex MeLink();
}
