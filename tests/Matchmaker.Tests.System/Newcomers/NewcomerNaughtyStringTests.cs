using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>The 515 naughty strings typed into the name and bio on the newcomer's page: shown as text, never as markup.</summary>
public sealed class NewcomerNaughtyStringTests(NaughtyStringPagesWorld world) : IClassFixture<NaughtyStringPagesWorld>
{
    // Several signed-in pages, each typing its share of the strings: one page spends most of its time waiting
    // on a save's round trip, so a few side by side keep the cores busy instead.
    private const int Pages = 4;

    [Fact]
    public async Task Naughty_strings_typed_as_name_and_bio_are_shown_as_text_and_never_as_markup()
    {
        var shares = NaughtyStrings.All.Select((text, index) => (text, index)).GroupBy(x => x.index % Pages, x => x.text);
        var accepted = await Task.WhenAll(shares.Select(share => TypeAllAsync($"naughty{share.Key}", [.. share])));

        Assert.True(accepted.Sum() > NaughtyStrings.All.Count / 2, $"Only {accepted.Sum()} of {NaughtyStrings.All.Count} strings were accepted.");
        Assert.Empty(world.Dialogs);
    }

    /// <summary>Types each string on one signed-in page and checks how it is shown; answers how many were saved.</summary>
    private async Task<int> TypeAllAsync(string who, IReadOnlyList<string> strings)
    {
        var (page, id, _) = await world.ConfirmedMePageAsync(who);
        var token = await NewcomerPagesWorld.OwnerTokenAsync(page);
        await page.GetByText("Change my profile").ClickAsync();
        var name = page.GetByLabel("Your name");
        var bio = page.GetByLabel("A short bio (optional)");
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" });
        var accepted = 0;

        foreach (var naughty in strings)
        {
            // Both fields at once; when that is refused, the bio alone (it allows what a name does not, such as line breaks).
            foreach (var asName in new[] { true, false })
            {
                await name.FillAsync(asName ? naughty : "Naughty Fallback");
                await bio.FillAsync(naughty);
                await save.ClickAsync();
                // Checked on every animation frame: an expectation polls at 100 ms and more, which over a
                // thousand saves is minutes of waiting on answers that took milliseconds.
                await page.WaitForFunctionAsync(SavedScript);
                var found = await InjectedMarkup.FindAsync(page, Made, scripts: 3, "#hello", "#saved-name", "#saved-bio");
                Assert.True(found.Length == 0, $"Markup appeared for {InjectedMarkup.Excerpt(naughty)}: {found}");
                var shown = await page.EvaluateAsync<JsonElement>(ShownScript);
                if (shown.GetProperty("status").GetString() != "Your profile is saved.")
                {
                    continue;
                }

                accepted++;
                var stored = await StoredAsync(id, token!);
                var typedName = shown.GetProperty("typedName").GetString()!;
                var typedBio = shown.GetProperty("typedBio").GetString()!;
                // The browser's own fields change line breaks (a one-line field cannot hold them) and cannot
                // hold lone surrogates; anything else must reach the server exactly as typed.
                if (!naughty.Any(char.IsControl) && !HasLoneSurrogate(naughty))
                {
                    Assert.Equal(asName ? naughty : "Naughty Fallback", typedName);
                    Assert.Equal(naughty, typedBio);
                }

                Assert.Equal(typedName, stored.Name);
                Assert.Equal(typedBio.Length == 0 ? null : typedBio, stored.Bio);
                Assert.Equal(stored.Name, shown.GetProperty("name").GetString());
                Assert.Equal($"Hello, {stored.Name}", shown.GetProperty("hello").GetString());
                Assert.Equal(stored.Bio ?? "None given", shown.GetProperty("bio").GetString());
                break;
            }
        }

        return accepted;
    }

    private const string SavedScript = "() => document.getElementById('status').textContent !== 'Saving your profile…'";

    // Every kind of element the page makes itself: any other is hostile text become markup.
    private static readonly string[] Made =
        ["HTML", "HEAD", "META", "TITLE", "LINK", "SCRIPT", "BODY", "A", "HEADER", "P", "H1", "H2", "H3", "MAIN", "NOSCRIPT", "SECTION", "BUTTON", "FORM", "DIV", "LABEL",
         "INPUT", "SPAN", "NAV", "UL", "OL", "LI", "DL", "DT", "DD", "DETAILS", "SUMMARY", "SELECT", "OPTION", "FIELDSET", "LEGEND", "TEXTAREA", "STRONG"];

    // The name and bio as shown, as typed in the form, and the page's status.
    private const string ShownScript = """
        () => ({
          name: document.getElementById("saved-name").textContent, bio: document.getElementById("saved-bio").textContent, hello: document.getElementById("hello").textContent,
          typedName: document.getElementById("name").value, typedBio: document.getElementById("bio").value,
          status: document.getElementById("status").textContent,
        })
        """;

    private async Task<(string Name, string? Bio)> StoredAsync(string id, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/profiles/{id}");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await world.App.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("name").GetString()!, body.GetProperty("bio").GetString());
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
