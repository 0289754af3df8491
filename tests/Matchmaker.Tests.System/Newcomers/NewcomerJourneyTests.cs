using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>
/// A newcomer's whole way through the pages in headless Chromium, against the app with demo data and a live
/// model: from the start page to joining, the emailed link, their page, and deleting everything; once with
/// the mouse, once by keyboard alone. Then hostile text through the page, and what reaches the logs.
/// </summary>
public sealed class NewcomerJourneyTests(NewcomerPagesWorld world) : IClassFixture<NewcomerPagesWorld>
{
    private const string RequestLogCategory = "Matchmaker.Platform.Hosting.Standalone.RequestLog";

    [Fact]
    public async Task A_newcomer_joins_confirms_by_the_emailed_link_sees_their_page_edits_downloads_and_deletes_and_no_table_keeps_their_email()
    {
        var email = NewcomerPagesWorld.NewEmail("alex");
        var page = await world.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new global::System.Text.RegularExpressions.Regex("/api/start$"));
        await Assertions.Expect(page.Locator("#needs .card").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Join Matchmaker" }).ClickAsync();

        await JoinForm.FillAsync(page, email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        Assert.DoesNotContain("already", await page.Locator("#done-view").TextContentAsync() ?? "", StringComparison.OrdinalIgnoreCase);

        var link = await world.LinkAsync(email, "confirm");
        await page.GotoAsync(link);
        await Assertions.Expect(page).ToHaveURLAsync(new global::System.Text.RegularExpressions.Regex("/api/me$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email" }).ClickAsync();
        await AssertSignedInPageAsync(page);
        Assert.NotNull(await NewcomerPagesWorld.OwnerTokenAsync(page));

        await page.GetByText("Change my profile").ClickAsync();
        await page.GetByLabel("Level of skill 2").SelectOptionAsync("expert");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Your profile is saved.");
        await Assertions.Expect(page.Locator("#saved-skills")).ToContainTextAsync("WordPress (expert)");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download my data" }).ClickAsync());
        await AssertExportHoldsProfileAsync(download, email);

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my profile", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete my profile" }).ClickAsync();
        await AssertDeletedAsync(page, email);
    }

    [Fact]
    public async Task The_same_journey_works_by_keyboard_alone()
    {
        var email = NewcomerPagesWorld.NewEmail("keys");
        var page = await world.NewPageAsync();
        var keys = page.Keyboard;
        await page.GotoAsync("/api/start");
        await Assertions.Expect(page.Locator("#needs .card").First).ToBeVisibleAsync();
        await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Join Matchmaker" }));
        await keys.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new global::System.Text.RegularExpressions.Regex("/api/join$"));

        await TypeIntoAsync(page, "#name", JoinForm.Name);
        await TypeIntoAsync(page, "#email", email);
        await TypeIntoAsync(page, "#city", "Hebden Bridge");
        await TypeIntoAsync(page, "#country", "GB");
        await TypeIntoAsync(page, "#daysPerWeek", "3");
        await TypeIntoAsync(page, "#monthly", "2080");

        // The first skill through the combobox: type, arrow down to the suggestion, Enter picks it.
        await TypeIntoAsync(page, "#skill-1-name", "Linu");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Linux", Exact = true })).ToBeVisibleAsync();
        await keys.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("#skill-1-name")).ToHaveAttributeAsync("aria-activedescendant", new global::System.Text.RegularExpressions.Regex(".+"));
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#skill-1-name")).ToHaveValueAsync("Linux");
        await TabToAsync(page, page.Locator("#skill-1-level"));
        await keys.TypeAsync("e");
        await Assertions.Expect(page.Locator("#skill-1-level")).ToHaveValueAsync("expert");

        foreach (var (index, skill, levelKey) in new[] { (2, "WordPress", "a"), (3, "event organising", "w"), (4, "co-operative development", "w") })
        {
            await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add a skill" }));
            await keys.PressAsync("Enter");
            await Assertions.Expect(page.Locator($"#skill-{index}-name")).ToBeFocusedAsync();
            await keys.TypeAsync(skill);
            await keys.PressAsync("Escape");
            await TabToAsync(page, page.Locator($"#skill-{index}-level"));
            await keys.TypeAsync(levelKey);
        }

        await Assertions.Expect(page.Locator("#skill-2-level")).ToHaveValueAsync("advanced");
        await TypeIntoAsync(page, "#interests", "video");
        await TypeIntoAsync(page, "#wantsToLearn", "JavaScript");
        await TabToAsync(page, page.GetByLabel("Match me with open needs"));
        await keys.PressAsync("Space");
        await TabToAsync(page, page.GetByLabel("Let coordinators introduce me to co-ops"));
        await keys.PressAsync("Space");
        await Assertions.Expect(page.GetByLabel("Let coordinators introduce me to co-ops")).ToBeCheckedAsync();
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }));
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeFocusedAsync();

        await page.GotoAsync(await world.LinkAsync(email, "confirm"));
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email" }));
        await keys.PressAsync("Enter");
        await AssertSignedInPageAsync(page);

        await TabToAsync(page, page.Locator("#edit summary"));
        await keys.PressAsync("Enter");
        await TabToAsync(page, page.Locator("#skill-2-level"));
        await keys.TypeAsync("e");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }));
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Your profile is saved.");
        await Assertions.Expect(page.Locator("#saved-skills")).ToContainTextAsync("WordPress (expert)");

        // A consent switch, by Space, saved at once; and back again.
        var training = page.GetByRole(AriaRole.Switch, new() { Name = "Help improve the ranking" });
        await TabToAsync(page, training);
        await keys.PressAsync("Space");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Consent to training the ranking given and saved.");
        await keys.PressAsync("Space");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Consent to training the ranking withdrawn and saved.");

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Download my data" }));
        var download = await page.RunAndWaitForDownloadAsync(() => keys.PressAsync("Enter"));
        await AssertExportHoldsProfileAsync(download, email);

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Delete my profile", Exact = true }));
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Delete your profile for good?" })).ToBeFocusedAsync();
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "No, keep it" }));
        await keys.PressAsync("Shift+Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete my profile" })).ToBeFocusedAsync();
        await keys.PressAsync("Enter");
        await AssertDeletedAsync(page, email);
    }

    [Fact]
    public async Task Naughty_strings_typed_as_name_and_bio_are_shown_as_text_and_never_as_markup()
    {
        var (page, id, _) = await world.ConfirmedMePageAsync("naughty");
        var token = await NewcomerPagesWorld.OwnerTokenAsync(page);
        await page.GetByText("Change my profile").ClickAsync();
        var name = page.GetByLabel("Your name");
        var bio = page.GetByLabel("A short bio (optional)");
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" });
        var status = page.Locator("#status");
        var accepted = 0;

        foreach (var naughty in NaughtyStrings.All)
        {
            // Both fields at once; when that is refused, the bio alone (it allows what a name does not, such as line breaks).
            foreach (var asName in new[] { true, false })
            {
                await name.FillAsync(asName ? naughty : "Naughty Fallback");
                await bio.FillAsync(naughty);
                await save.ClickAsync();
                await Assertions.Expect(status).Not.ToHaveTextAsync("Saving your profile…");
                var shown = await page.EvaluateAsync<JsonElement>(ShownScript);
                Assert.True(shown.GetProperty("clean").GetBoolean(), $"Markup appeared for {Describe(naughty)}: {shown.GetProperty("found").GetString()}");
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

        Assert.True(accepted > NaughtyStrings.All.Count / 2, $"Only {accepted} of {NaughtyStrings.All.Count} strings were accepted.");
        Assert.Empty(world.Dialogs);
    }

    [Fact]
    public async Task No_owner_token_confirmation_code_or_sign_in_code_reaches_any_log_line_or_the_request_logs_addresses()
    {
        var (id, email, confirmLink, apiToken) = await world.CreateProfileAsync("secrets");
        var page = await world.NewPageAsync();
        await page.GotoAsync(confirmLink);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hello")).ToContainTextAsync("Hello, ");
        var confirmToken = await NewcomerPagesWorld.OwnerTokenAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hello")).ToBeHiddenAsync();
        Assert.Null(await NewcomerPagesWorld.OwnerTokenAsync(page));
        await page.Locator("#ask-email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a link" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ask-done")).ToBeVisibleAsync();
        var signInLink = await world.LinkAsync(email, "signin");
        await page.GotoAsync(signInLink);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hello")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#hello")).ToContainTextAsync("Hello, ");
        var signInToken = await NewcomerPagesWorld.OwnerTokenAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my old links stop working" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("stopped working");
        await page.GetByRole(AriaRole.Button, new() { Name = "Download my data" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("downloaded");

        string[] secrets =
        [
            apiToken, confirmToken!, signInToken!,
            NewcomerPagesWorld.CodeOf(confirmLink, "confirm"), NewcomerPagesWorld.CodeOf(signInLink, "signin"),
        ];
        Assert.All(secrets, secret => Assert.True(secret.Length >= 16, "A secret was not found where expected."));
        Assert.Equal(secrets.Length, secrets.Distinct(StringComparer.Ordinal).Count());

        // The request log saw this person's requests (so the check below looks at real lines).
        await Eventually.TrueAsync(
            () => Task.FromResult(world.Logs.All.Any(l => l.Category == RequestLogCategory && l.Message.Contains($"/api/profiles/{id}/sign-in", StringComparison.Ordinal))),
            "the request log has the sign-in request",
            () => $" Request log lines: {world.Logs.All.Count(l => l.Category == RequestLogCategory)}.",
            seconds: 10);
        var leaks = world.Logs.All
            .Where(line => secrets.Any(secret => line.ToString().Contains(secret, StringComparison.Ordinal) || line.ToString().Contains(Uri.EscapeDataString(secret), StringComparison.Ordinal)))
            .ToList();
        Assert.True(leaks.Count == 0, $"Secrets in {leaks.Count} log lines, e.g. {leaks.FirstOrDefault()?.Category}");
        Assert.DoesNotContain(world.Logs.All, line => line.Message.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    // Every element and attribute under the page, so hostile text that became markup shows up: no element of
    // a kind the page never makes, no event-handler attribute, and the name and bio shown as plain text.
    private const string ShownScript = """
        () => {
          const made = new Set(["HTML","HEAD","META","TITLE","LINK","SCRIPT","BODY","A","HEADER","P","H1","H2","H3","MAIN","NOSCRIPT","SECTION","BUTTON","FORM","DIV","LABEL","INPUT","SPAN","NAV","UL","OL","LI","DL","DT","DD","DETAILS","SUMMARY","SELECT","OPTION","FIELDSET","LEGEND","TEXTAREA","STRONG"]);
          const found = [];
          for (const e of document.querySelectorAll("*")) {
            if (!made.has(e.tagName)) found.push(e.tagName);
            for (const a of e.attributes) if (a.name.startsWith("on") || a.value.trim().toLowerCase().startsWith("javascript:")) found.push(`${e.tagName}[${a.name}]`);
          }
          if (document.scripts.length !== 2) found.push(`${document.scripts.length} scripts`);
          const leaves = ["#hello", "#saved-name", "#saved-bio"].map(s => document.querySelector(s));
          if (leaves.some(e => !e || e.children.length)) found.push("children in a text-only element");
          return { clean: found.length === 0, found: found.join(", "), name: leaves[1]?.textContent, bio: leaves[2]?.textContent, hello: leaves[0]?.textContent,
            typedName: document.getElementById("name").value, typedBio: document.getElementById("bio").value,
            status: document.getElementById("status").textContent };
        }
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

    private static string Describe(string text) => $"\"{string.Concat(text.Take(40).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()))}\"";

    private static async Task AssertSignedInPageAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("#hello")).ToHaveTextAsync($"Hello, {JoinForm.Name}");
        await Assertions.Expect(page.Locator("#matches .card").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#matches .card").First.Locator(".reasons li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#portfolio .headline")).ToContainTextAsync("a month");
        await Assertions.Expect(page.Locator("#portfolio .bars").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#learning .card").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#learning .card .teachers").First).ToBeVisibleAsync();
    }

    private static async Task AssertExportHoldsProfileAsync(IDownload download, string email)
    {
        Assert.Equal("matchmaker-my-data.json", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        using var json = JsonDocument.Parse(text);
        Assert.Contains(email, text, StringComparison.Ordinal);
        Assert.Contains(JoinForm.Name, text, StringComparison.Ordinal);
        Assert.Contains("WordPress", text, StringComparison.Ordinal);
    }

    private async Task AssertDeletedAsync(IPage page, string email)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your profile is deleted" })).ToBeVisibleAsync();
        Assert.Null(await NewcomerPagesWorld.OwnerTokenAsync(page));
        IReadOnlyList<string> holding = [];
        await Eventually.TrueAsync(
            async () => (holding = await world.EntitiesHoldingAsync(email)).Count == 0,
            "no entity in any table holds the deleted person's email address",
            () => $" Still there: {string.Join(", ", holding)}",
            seconds: 30);
    }

    // Tab (never a click) until the target has the focus.
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        var element = await target.ElementHandleAsync();
        for (var presses = 0; presses < 200; presses++)
        {
            if (await page.EvaluateAsync<bool>("e => e === document.activeElement", element))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"200 presses of Tab did not reach {target}.");
    }

    private static async Task TypeIntoAsync(IPage page, string selector, string text)
    {
        await TabToAsync(page, page.Locator(selector));
        await page.Keyboard.TypeAsync(text);
    }
}
