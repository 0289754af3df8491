using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaker.Profiles;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.CoopDesk;

/// <summary>
/// All 515 naughty strings, and the markers of <see cref="InjectedMarkup"/>, as the names of people connected
/// with a need, which the co-op page lists on the need's card ("Connected with A, B and C."): every name shown
/// exactly, as text, and no markup anywhere. All of them are affordable: forty people are connected with one
/// need once, then each batch renames all forty through the API with their owner tokens (as a person renames
/// themselves; a name the API refuses stays as it was) and reloads the page, so thirteen loads show every string.
/// </summary>
[Collection(CoopPagesShareOneApp.Name)]
public sealed class CoopConnectedNaughtyStringTests(CoopPageWorld world)
{
    // How many strings one load of the page shows: one for each person connected with the need.
    private const int People = 40;

    // Every kind of element the co-op page makes itself: any other is hostile text become markup.
    private static readonly string[] Made =
        ["HTML", "HEAD", "META", "TITLE", "LINK", "SCRIPT", "BODY", "A", "HEADER", "P", "H1", "H2", "H3", "MAIN", "NOSCRIPT", "SECTION", "BUTTON", "FORM", "DIV", "LABEL", "INPUT",
         "NAV", "UL", "OL", "LI", "DL", "DT", "DD", "DETAILS", "SUMMARY", "SELECT", "OPTION", "FIELDSET", "LEGEND", "TEXTAREA", "CODE", "DIALOG"];

    [Fact]
    public async Task Naughty_strings_as_connected_peoples_names_are_shown_exactly_as_text_and_never_as_markup()
    {
        var (coopId, key) = await world.CreateCoopAsync("Connected Names Co-op");
        var needId = (await world.PostNeedAsync(key, "Proofreading of hostile names"))!;
        var people = new List<(string Id, string Token, ProfileInput Input)>();
        foreach (var batch in Enumerable.Range(1, People).Chunk(8))
        {
            people.AddRange(await Task.WhenAll(batch.Select(i => world.ConfirmedUnmatchedPersonAsync($"Connected person {i}"))));
        }

        // Connected one after the other, so the card lists them in this order.
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 0; i < People; i++)
        {
            await world.ConnectAsync(needId, coopId, people[i].Id, start.AddMinutes(i));
        }

        var names = people.Select(p => p.Input.Name!).ToArray();
        Assert.Equal(names, await ConnectedPeopleAsync(key, needId));
        var page = await world.SignedInPageAsync(key);
        var accepted = 0;
        foreach (var batch in NaughtyStrings.All.Concat(InjectedMarkup.Markers).Chunk(People))
        {
            // One string for each person, a few at a time; a refused one leaves the person's name as it was.
            for (var from = 0; from < batch.Length; from += 8)
            {
                var stored = await Task.WhenAll(batch.Skip(from).Take(8).Select((naughty, i) => RenameAsync(people[from + i], naughty)));
                for (var i = 0; i < stored.Length; i++)
                {
                    if (stored[i] is { } name)
                    {
                        names[from + i] = name;
                        accepted++;
                    }
                }
            }

            Assert.Equal(names, await ConnectedPeopleAsync(key, needId));
            await page.ReloadAsync();
            await page.WaitForFunctionAsync(CardShown, needId);
            var found = await InjectedMarkup.FindAsync(page, Made, scripts: 2, "#open-needs .card .connected");
            Assert.True(found.Length == 0, $"Markup appeared for one of {string.Join(", ", batch.Select(InjectedMarkup.Excerpt))}: {found}");
            var shown = await page.EvaluateAsync<string>(ConnectedText, needId);
            Assert.True(
                shown == $"Connected with {Words(names)}.",
                $"The names are not shown exactly for one of {string.Join(", ", batch.Select(InjectedMarkup.Excerpt))}: {InjectedMarkup.Excerpt(shown)}");
        }

        var all = NaughtyStrings.All.Count + InjectedMarkup.Markers.Count;
        Assert.True(accepted > all / 2, $"Only {accepted} of {all} strings were accepted as names.");
        Assert.Empty(world.Dialogs);
    }

    // The list as the page words it, built here rather than read from the page: "a, b and c".
    private static string Words(string[] names) =>
        names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";

    // The need's card is in, loaded afresh: the page shows it once the API answered.
    private const string CardShown = """
        (id) => !!document.querySelector(`#open-needs [data-need="${CSS.escape(id)}"] .connected`)
        """;

    private const string ConnectedText = """
        (id) => document.querySelector(`#open-needs [data-need="${CSS.escape(id)}"] .connected`).textContent
        """;

    private async Task<string[]> ConnectedPeopleAsync(string key, string needId)
    {
        var need = (await world.OwnNeedsAsync(key)).Single(n => n.GetProperty("id").GetString() == needId);
        return [.. need.GetProperty("connectedPeople").EnumerateArray().Select(n => n.GetString()!)];
    }

    // The name as stored, or null where the API refused it (400).
    private async Task<string?> RenameAsync((string Id, string Token, ProfileInput Input) person, string name)
    {
        using var response = await world.SendAsync(HttpMethod.Put, $"/api/profiles/{person.Id}", person.Token, person.Input with { Name = name });
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString();
    }
}
