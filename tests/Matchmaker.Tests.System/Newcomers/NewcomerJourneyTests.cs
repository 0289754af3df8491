using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>
/// A newcomer's whole way through the pages in headless Chromium, against the app with demo data and a live
/// model: from the start page to joining, the emailed link, their page, and deleting everything; once with
/// the mouse, once by keyboard alone.
/// </summary>
[Collection(NewcomerJourneysShareOneApp.Name)]
public sealed class NewcomerJourneyTests(NewcomerPagesWorld world)
{
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

    private static Task TabToAsync(IPage page, ILocator target) => KeyboardOnly.TabToAsync(page, target);

    private static Task TypeIntoAsync(IPage page, string selector, string text) => KeyboardOnly.TypeIntoAsync(page, selector, text);
}
