using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using Matchmaker.Coops;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Review;

/// <summary>
/// The 515 naughty strings as the names of people suggested for a need, which the review page shows on each
/// suggestion's card (its heading and the person's side); the page shows nothing drawn from a bio.
/// </summary>
[Collection(ReviewPagesShareOneApp.Name)]
public sealed class ReviewNaughtyStringTests(ReviewPageWorld world)
{
    // As many people as a need keeps suggestions for: each page load shows this many strings.
    private const int People = 20;

    // A skill nobody in the demo data has, so the need suggests these people and no one else, and they fit no other need.
    private const string Skill = "naughty string proofreading";

    private const string NeedTitle = "Proofreader of hostile text";

    private const string CoopName = "Hostile Text Co-op";

    private readonly ConcurrentDictionary<string, EntityTagHeaderValue> etags = new(StringComparer.Ordinal);

    // Every kind of element the review page makes itself (its tabs' tables, the retrain progress, the key shown
    // once): any other is hostile text become markup.
    private static readonly string[] Made =
        ["HTML", "HEAD", "META", "TITLE", "LINK", "SCRIPT", "BODY", "A", "HEADER", "H1", "H2", "H3", "H4", "P", "MAIN", "NOSCRIPT", "SECTION", "FORM", "LABEL", "INPUT",
         "BUTTON", "DIV", "NAV", "DETAILS", "SUMMARY", "DL", "DT", "DD", "KBD", "SELECT", "OPTION", "OL", "UL", "LI", "SPAN", "DIALOG", "TEXTAREA",
         "TABLE", "CAPTION", "THEAD", "TBODY", "TR", "TH", "TD", "PROGRESS", "CODE", "STRONG"];

    [Fact]
    public async Task Naughty_strings_as_suggested_peoples_names_are_shown_as_text_and_never_as_markup()
    {
        // The people first, so one run matches the need with all of them rather than a run for each confirmation.
        var coop = await CreateCoopAsync();
        var people = await Task.WhenAll(Enumerable.Range(1, People).Select(i => CreateConfirmedPersonAsync($"Proofreader {i}")));
        var needId = await CreateNeedAsync(coop.Key);
        await Eventually.TrueAsync(async () => (await SuggestedForAsync(needId, "pending")) == People, $"the need has a pending suggestion for each of its {People} people", seconds: 120);

        // Closed, the need's suggestions expire and stay as they are: a change of name no longer has the need
        // matched again (twenty renames at once would each start a run for it), and the other review tests,
        // which decide pending suggestions, never meet these. It is closed once the runs matching it are over,
        // so none of them rewrites a suggestion while the closing expires it.
        await Eventually.TrueAsync(MatchingIsIdleAsync, "the runs matching the need are over", seconds: 120);
        using (var closed = await SendAsync(HttpMethod.Post, $"/api/needs/{needId}/close", coop.Key, new { reason = "no-longer-needed" }))
        {
            closed.EnsureSuccessStatusCode();
        }

        await Eventually.TrueAsync(async () => (await SuggestedForAsync(needId, "expired")) == People, "the closed need's suggestions have expired", seconds: 60);

        var page = await world.SignedInPageAsync();
        await page.WaitForFunctionAsync(Listed);
        var cards = people.Select(p => $"{needId}~{p.Id}").ToArray();
        var names = people.Select(p => p.Input.Name!).ToArray();
        var accepted = 0;
        try
        {
            foreach (var batch in NaughtyStrings.All.Concat(InjectedMarkup.Markers).Chunk(People))
            {
                // One string for each person; a refused one leaves the person's name as it was.
                var stored = await Task.WhenAll(batch.Select((naughty, i) => RenameAsync(people[i], naughty)));
                for (var i = 0; i < stored.Length; i++)
                {
                    if (stored[i] is { } name)
                    {
                        names[i] = name;
                        accepted++;
                    }
                }

                var shown = await ExpiredShownAsync(page, needId, cards);
                var found = await InjectedMarkup.FindAsync(page, Made, scripts: 9, "#groups .card h3", "#groups .card .person-name");
                Assert.True(found.Length == 0, $"Markup appeared for one of {string.Join(", ", batch.Select(InjectedMarkup.Excerpt))}: {found}");
                for (var i = 0; i < People; i++)
                {
                    Assert.True(shown[i].ValueKind == JsonValueKind.Object, $"No card for {cards[i]} with {InjectedMarkup.Excerpt(names[i])} as the name.");
                    Assert.Equal($"{names[i]} for {NeedTitle} at {CoopName}", shown[i].GetProperty("heading").GetString());
                    Assert.Equal(names[i], shown[i].GetProperty("name").GetString());
                }
            }
        }
        finally
        {
            // Erased, so nothing of theirs stays for the other review tests.
            await Task.WhenAll(people.Select(EraseAsync));
        }

        var all = NaughtyStrings.All.Count + InjectedMarkup.Markers.Count;
        Assert.True(accepted > all / 2, $"Only {accepted} of {all} strings were accepted as names.");
        Assert.Empty(world.Dialogs);
    }

    // The expired suggestions loaded and shown again (the page's filters, Show, then the need opened): every
    // card made anew from the API's answer, which reads each person's name as it is now. Answers the heading
    // and the person's name shown on each of the cards, null for a card not there.
    private static async Task<JsonElement[]> ExpiredShownAsync(IPage page, string needId, string[] cards)
    {
        await page.Locator("#filter-status").SelectOptionAsync("expired");
        // The click starts the load at once, which says "Loading suggestions…" until the needs are listed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync(Listed);
        var group = page.Locator($"details.group[data-need-id='{needId}']");
        if (await group.GetAttributeAsync("open") is null)
        {
            await group.Locator("summary").ClickAsync();
        }

        await page.WaitForFunctionAsync(
            "([id, count]) => document.querySelectorAll(`details.group[data-need-id=\"${id}\"] .card[data-status=\"expired\"]`).length === count",
            new object[] { needId, cards.Length });
        return [.. (await page.EvaluateAsync<JsonElement>(CardsScript, new object[] { needId, cards })).EnumerateArray()];
    }

    // The needs of the chosen status are listed (the status line counts them, no longer "Loading").
    private const string Listed = """() => / for \d+ needs?\.$/.test(document.getElementById("status").textContent)""";

    private const string CardsScript = """
        ([needId, ids]) => ids.map(id => {
          const card = [...document.querySelectorAll(`details.group[data-need-id="${needId}"] .card`)].find(c => c.dataset.id === id);
          return card ? { heading: card.querySelector("h3").textContent, name: card.querySelector(".person-name").textContent } : null;
        })
        """;

    private async Task<CoopCreated> CreateCoopAsync()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/coops", ReviewPageWorld.CoordinatorKey, new CoopInput(CoopName, "hello@hostile-text.example.org", "Leeds", "GB"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CoopCreated>())!;
    }

    private async Task<string> CreateNeedAsync(string coopKey)
    {
        var need = new NeedInput(
            NeedTitle, "Read text people type and say where it would break a page.", [new SkillInput(Skill, "working")], [], [],
            new DayRateInput(200, 250, "GBP"), 2, 12, new LocationInput("Leeds", "GB", "remote-ok"), 1);
        using var response = await SendAsync(HttpMethod.Post, "/api/needs", coopKey, need);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<NeedCreated>())!.Id;
    }

    private async Task<(string Id, string Token, ProfileInput Input)> CreateConfirmedPersonAsync(string name)
    {
        var input = TestProfiles.Valid(new SkillInput(Skill, "advanced")) with { Name = name, Email = $"proofreader.{Guid.NewGuid():N}@example.org" };
        using var created = await world.App.Client.PostAsJsonAsync("/api/profiles", input);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var profile = (await created.Content.ReadFromJsonAsync<ProfileCreated>())!;
        await Eventually.TrueAsync(() => Task.FromResult(world.App.Outbox.To(input.Email!).Count > 0), "the confirmation email is written", seconds: 30);
        using var confirmed = await SendAsync(HttpMethod.Post, $"/api/profiles/{profile.Id}/confirm", null, new ConfirmInput(world.App.Outbox.LatestCode(input.Email!)));
        confirmed.EnsureSuccessStatusCode();
        return (profile.Id, profile.OwnerToken, input);
    }

    // The name as stored, or null where the API refused it (400). Each person's ETag is read once, then taken from each save.
    private async Task<string?> RenameAsync((string Id, string Token, ProfileInput Input) person, string name)
    {
        if (!etags.TryGetValue(person.Id, out var etag))
        {
            using var current = await SendAsync(HttpMethod.Get, $"/api/profiles/{person.Id}", person.Token);
            current.EnsureSuccessStatusCode();
            etag = current.Headers.ETag!;
        }

        using var request = Request(HttpMethod.Put, $"/api/profiles/{person.Id}", person.Token, person.Input with { Name = name });
        request.Headers.IfMatch.Add(etag);
        using var response = await world.App.Client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            etags[person.Id] = etag;
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        etags[person.Id] = response.Headers.ETag!;
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString();
    }

    private async Task EraseAsync((string Id, string Token, ProfileInput Input) person)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"/api/profiles/{person.Id}", person.Token);
        Assert.True(response.IsSuccessStatusCode, $"Erasing a person answered {response.StatusCode}.");
    }

    private async Task<int> SuggestedForAsync(string needId, string status)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/suggestions?status={status}&needId={needId}&limit=100", ReviewPageWorld.CoordinatorKey);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength();
    }

    // A queue's count includes the messages being handled, which are deleted only once handled.
    private async Task<bool> MatchingIsIdleAsync()
    {
        foreach (var name in new[] { StorageNames.ProfileUpdatesQueue, StorageNames.NeedUpdatesQueue })
        {
            var properties = await new QueueClient(world.StorageConnectionString, name).GetPropertiesAsync();
            if (properties.Value.ApproximateMessagesCount > 0)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = Request(method, path, token, body);
        return await world.App.Client.SendAsync(request);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? token, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }

        return request;
    }
}
