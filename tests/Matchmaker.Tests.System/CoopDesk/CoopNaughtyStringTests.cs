using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.CoopDesk;

/// <summary>
/// The naughty strings that carry markup or script (about 60 of the 515: those with '&lt;' or "javascript") as
/// need titles, descriptions and a co-op's "about" on the co-op page: shown as text, never as markup.
/// </summary>
[Collection(CoopPagesShareOneApp.Name)]
public sealed class CoopNaughtyStringTests(CoopPageWorld world)
{
    private static readonly IReadOnlyList<string> Hostile = [.. NaughtyStrings.All
        .Where(s => s.Contains('<', StringComparison.Ordinal) || s.Contains("javascript", StringComparison.OrdinalIgnoreCase))
        .Take(60)];

    [Fact]
    public async Task Need_titles_and_descriptions_with_markup_are_listed_as_text()
    {
        Assert.True(Hostile.Count >= 40, $"Only {Hostile.Count} naughty strings carry markup or script.");
        var (_, key) = await world.CreateCoopAsync("Naughty Needs Co-op");
        // Posted through the API a few at a time: the page is what is checked, and one list shows them all.
        foreach (var batch in Hostile.Chunk(8))
        {
            await Task.WhenAll(batch.Select(async naughty =>
            {
                if (await world.PostNeedAsync(key, naughty, naughty) is null)
                {
                    await world.PostNeedAsync(key, "Naughty fallback", naughty);
                }
            }));
        }

        var stored = (await world.OwnNeedsAsync(key))
            .Select(n => new Shown(n.GetProperty("id").GetString()!, n.GetProperty("title").GetString()!, n.GetProperty("description").GetString()))
            .ToList();
        Assert.True(stored.Count > Hostile.Count / 2, $"Only {stored.Count} of {Hostile.Count} needs were accepted.");

        var page = await world.SignedInPageAsync(key);
        await Assertions.Expect(page.Locator("#open-needs .card")).ToHaveCountAsync(stored.Count);
        var shown = await page.EvaluateAsync<JsonElement>(ShownScript, stored.Select(n => new { id = n.Id, title = n.Title, description = n.Description }).ToArray());
        Assert.True(shown.GetProperty("clean").GetBoolean(), $"Markup appeared: {shown.GetProperty("found").GetString()}");
        Assert.Empty(world.Dialogs);
    }

    [Fact]
    public async Task A_coops_about_with_markup_is_saved_and_shown_as_typed()
    {
        var (_, key) = await world.CreateCoopAsync("Naughty About Co-op");
        var page = await world.SignedInPageAsync(key);
        var about = page.GetByLabel("About us (optional)");
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save our profile" });
        var accepted = 0;
        foreach (var naughty in Hostile)
        {
            await about.FillAsync(naughty);
            await save.ClickAsync();
            // Checked on every animation frame: an expectation polls at 100 ms and more.
            await page.WaitForFunctionAsync("() => document.getElementById('status').textContent !== 'Saving your profile…'");
            var shown = await page.EvaluateAsync<JsonElement>(ShownScript, Array.Empty<object>());
            Assert.True(shown.GetProperty("clean").GetBoolean(), $"Markup appeared for \"{naughty}\": {shown.GetProperty("found").GetString()}");
            if (await page.Locator("#status").TextContentAsync() != "Your public profile is saved.")
            {
                continue;
            }

            accepted++;
            using var response = await world.SendAsync(HttpMethod.Get, "/api/coops/me", key);
            var storedAbout = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("about").GetString();
            // A text field cannot hold every control character as typed; anything else reaches the server exactly.
            if (!naughty.Any(char.IsControl))
            {
                Assert.Equal(naughty, storedAbout);
            }

            Assert.Equal(storedAbout, await about.InputValueAsync());
        }

        Assert.True(accepted > Hostile.Count / 2, $"Only {accepted} of {Hostile.Count} strings were accepted as the about.");
        Assert.Empty(world.Dialogs);
    }

    private sealed record Shown(string Id, string Title, string? Description);

    // Every element and attribute of the page, so hostile text that became markup shows up: no element of a
    // kind the page never makes, no event-handler or javascript: attribute, no third script; and each need's
    // title and description exactly as stored, as the text of an element without children.
    private const string ShownScript = """
        (expected) => {
          const made = new Set(["HTML","HEAD","META","TITLE","LINK","SCRIPT","BODY","A","HEADER","P","H1","H2","H3","MAIN","NOSCRIPT","SECTION","BUTTON","FORM","DIV","LABEL","INPUT","NAV","UL","OL","LI","DL","DT","DD","DETAILS","SUMMARY","SELECT","OPTION","FIELDSET","LEGEND","TEXTAREA","CODE","DIALOG"]);
          const found = [];
          for (const e of document.querySelectorAll("*")) {
            if (!made.has(e.tagName)) found.push(e.tagName);
            for (const a of e.attributes) if (a.name.startsWith("on") || a.value.trim().toLowerCase().startsWith("javascript:")) found.push(`${e.tagName}[${a.name}]`);
          }
          if (document.scripts.length !== 2) found.push(`${document.scripts.length} scripts`);
          for (const need of expected) {
            const card = document.querySelector(`[data-need="${CSS.escape(need.id)}"]`);
            const title = card && card.querySelector("h3");
            const description = card && card.querySelector(".description");
            if (!title || title.children.length || title.textContent !== need.title) found.push(`title of ${need.id}`);
            if ((need.description ?? "") !== (description ? description.textContent : "") || (description && description.children.length)) found.push(`description of ${need.id}`);
          }
          return { clean: found.length === 0, found: found.join(", ") };
        }
        """;
}
