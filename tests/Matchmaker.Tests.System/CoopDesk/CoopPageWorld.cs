using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Introductions;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Profiles;
using Matchmaker.Ranking;
using Matchmaker.Tests.System.Newcomers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.CoopDesk;

/// <summary>
/// The co-op page's app and browser: no demo data (each test makes its own co-ops through the API with the
/// coordinator key), matching on with a bootstrap model training in the background, and needs going stale the
/// moment they are posted (the daily sweep off), so every open need shows its renew button.
/// </summary>
public sealed class CoopPageWorld : NewcomerPagesWorld
{
    public const string CoordinatorKeyValue = "coop-page-coordinator-key-0123456789";

    /// <summary>Where the screenshots go: <c>TestResults/screenshots/coop/</c> under the test output folder.</summary>
    public static string CoopScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", "coop");

    protected override IEnumerable<string> AppSettings =>
    [
        "--Matchmaker:TrainBootstrapModel=true",
        $"--Matchmaker:CoordinatorKey={CoordinatorKeyValue}",
        "--Matchmaker:Needs:StaleAfterDays=0",
        $"--AzureWebJobs.{nameof(SweepStaleNeeds)}.Disabled=true",
        $"--AzureWebJobs.{nameof(TrainModel)}.Disabled=true",
    ];

    protected override Task ReadyAsync()
    {
        Directory.CreateDirectory(CoopScreenshotFolder);
        App.Services.GetRequiredService<ILoggerFactory>().AddProvider(Logs);
        return Task.CompletedTask;
    }

    /// <summary>A co-op made by a coordinator through the API: its id and its key.</summary>
    public async Task<(string Id, string Key)> CreateCoopAsync(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/coops")
        {
            Content = JsonContent.Create(new { name, contactEmail = NewEmail("coop"), city = "Leeds", country = "GB" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", CoordinatorKeyValue);
        using var response = await App.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetString()!, created.GetProperty("key").GetString()!);
    }

    /// <summary>A need posted through the API with <paramref name="key"/>; answers its id, or null when refused with 400.</summary>
    public async Task<string?> PostNeedAsync(string key, string title, string? description = null)
    {
        var body = new
        {
            title,
            description,
            requiredSkills = new[] { new { name = "Rust", level = "working" } },
            dayRate = new { min = 250, max = 300, currency = "GBP" },
            daysPerWeek = 2,
            location = new { city = "Leeds", country = "GB", remote = "remote-ok" },
        };
        using var response = await SendAsync(HttpMethod.Post, "/api/needs", key, body);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
    }

    /// <summary>
    /// A person who joined through the API and confirmed their address, with matching switched off: matching
    /// never suggests them for another test's need, and their renames start no matching run. Answers the
    /// profile's id, its owner token and the body it was made with (for renames, which must send it all).
    /// </summary>
    public async Task<(string Id, string Token, ProfileInput Input)> ConfirmedUnmatchedPersonAsync(string name)
    {
        var input = TestProfiles.Valid() with { Name = name, Consent = new ConsentInput(Matching: false, Introductions: true, Training: false) };
        var (id, email, link, token) = await CreateProfileAsync("connected", input);
        using var confirmed = await App.Client.PostAsJsonAsync($"/api/profiles/{id}/confirm", new { code = CodeOf(link, "confirm") });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return (id, token, input with { Email = email });
    }

    /// <summary>
    /// The person connected with the need, written as the introduction flow leaves it once both sides said yes:
    /// an approved suggestion and its introduction, connected, with both answers accept. The co-op page lists
    /// connected people in the order of <paramref name="answeredAt"/>.
    /// </summary>
    public async Task ConnectAsync(string needId, string coopId, string profileId, DateTimeOffset answeredAt)
    {
        var tables = App.Services.GetRequiredService<TableServiceClient>();
        var suggestion = new SuggestionEntity
        {
            PartitionKey = SuggestionEntity.NeedPartition(needId),
            RowKey = profileId,
            NeedId = needId,
            ProfileId = profileId,
            Status = SuggestionStatus.Approved,
            Score = 0.5,
            Rank = 1,
            SuggestedAt = answeredAt.AddDays(-3),
            DecidedAt = answeredAt.AddDays(-2),
        };
        await new SuggestionStore(tables).WriteNeedAsync([suggestion], [], [], default);
        await new IntroductionStore(tables).AddIfMissingAsync(
            new IntroductionEntity
            {
                PartitionKey = IntroductionIds.Of(suggestion.Id),
                SuggestionId = suggestion.Id,
                NeedId = needId,
                CoopId = coopId,
                ProfileId = profileId,
                Status = IntroductionStatus.Connected,
                PersonAnswer = IntroductionAnswer.Accept,
                CoopAnswer = IntroductionAnswer.Accept,
                ApprovedAt = answeredAt.AddDays(-2),
                AskedAt = answeredAt.AddDays(-2),
                UpdatedAt = answeredAt,
            },
            default);
    }

    /// <summary>The co-op's needs as the API gives them to the co-op itself.</summary>
    public async Task<IReadOnlyList<JsonElement>> OwnNeedsAsync(string key)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/coops/me/needs", key);
        response.EnsureSuccessStatusCode();
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string key, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await App.Client.SendAsync(request);
    }

    /// <summary>The co-op page opened, signed in by typing <paramref name="key"/> into the sign-in form.</summary>
    public async Task<IPage> SignedInPageAsync(string key, int width = 1280, int height = 800)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/api/coop");
        await page.GetByLabel("Your co-op key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hello")).ToContainTextAsync("Signed in as ");
        return page;
    }

    public static async Task<string?> SessionKeyAsync(IPage page) =>
        await page.EvaluateAsync<string?>("() => JSON.parse(sessionStorage.getItem('matchmaker.coopKey') || 'null')");

    /// <summary>Fails with every serious or critical axe violation, then keeps a screenshot under <see cref="CoopScreenshotFolder"/>.</summary>
    public static Task AssertCoopPageAccessibleAsync(IPage page, string state) => AssertAccessibleAsync(page, state, CoopScreenshotFolder);

    /// <summary>Types the start of a skill into the combobox labelled <paramref name="label"/> and picks it from the list.</summary>
    public static async Task PickSkillAsync(IPage page, string label, string skill)
    {
        ArgumentNullException.ThrowIfNull(page);
        var input = page.GetByLabel(label, new() { Exact = true });
        await input.FillAsync(skill[..4]);
        await page.GetByRole(AriaRole.Option, new() { Name = skill, Exact = true }).ClickAsync();
        await Assertions.Expect(input).ToHaveValueAsync(skill);
    }
}
