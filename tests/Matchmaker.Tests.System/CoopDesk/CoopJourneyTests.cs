using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Matchmaker.Tests.System.Newcomers;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.CoopDesk;

/// <summary>
/// A co-op's way through its page in headless Chromium against the real API: signing in with the key a
/// coordinator made, posting a need and seeing people matched to it, editing and closing it, editing the
/// public profile, and replacing the key; the first part once more by keyboard alone.
/// </summary>
[Collection(CoopPagesShareOneApp.Name)]
public sealed class CoopJourneyTests(CoopPageWorld world)
{
    [Fact]
    public async Task A_coop_signs_in_posts_a_need_sees_people_suggested_edits_and_closes_it_edits_its_profile_and_replaces_its_key()
    {
        var (coopId, key) = await world.CreateCoopAsync("Journey Co-op");
        var page = await world.NewPageAsync();
        await page.GotoAsync("/api/start");
        await page.GetByRole(AriaRole.Link, new() { Name = "The co-op page" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/api/coop$"));
        await page.GetByLabel("Your co-op key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hello")).ToHaveTextAsync("Signed in as Journey Co-op");
        Assert.Equal(key, await CoopPageWorld.SessionKeyAsync(page));
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.DoesNotContain(key, page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Title").FillAsync("Website rebuild for a food co-op");
        await page.GetByLabel("Description (optional)").FillAsync("A WordPress site moved to a new host.");
        await CoopPageWorld.PickSkillAsync(page, "Required skill 1", "WordPress");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a required skill" }).ClickAsync();
        await CoopPageWorld.PickSkillAsync(page, "Required skill 2", "Linux");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a required skill" }).ClickAsync();
        await page.GetByLabel("Required skill 3", new() { Exact = true }).FillAsync("Zorblax federation");
        await page.GetByLabel("Level of required skill 3").SelectOptionAsync("learning");
        await page.GetByLabel("Day rate from").FillAsync("280");
        await page.GetByLabel("Days a week").FillAsync("2");
        await page.Locator("#need-country").FillAsync("GB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post the need" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Posted: Website rebuild for a food co-op.");
        var card = page.Locator("#open-needs .card");
        await Assertions.Expect(card.Locator("h3")).ToHaveTextAsync("Website rebuild for a food co-op");
        await Assertions.Expect(card.Locator(".required")).ToHaveTextAsync("WordPress (working), Linux (working), Zorblax federation (learning)");
        await Assertions.Expect(card.Locator(".stale")).ToContainTextAsync("Going stale since");

        var need = Assert.Single(await world.OwnNeedsAsync(key));
        var needId = need.GetProperty("id").GetString()!;
        var unknown = need.GetProperty("requiredSkills").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Zorblax federation");
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("skillId").ValueKind);

        // Someone who fits joins and confirms; once the model is live, matching suggests them for the need.
        var (profileId, _, link, _) = await world.CreateProfileAsync("fits");
        using (var confirmed = await world.App.Client.PostAsJsonAsync($"/api/profiles/{profileId}/confirm", new { code = NewcomerPagesWorld.CodeOf(link, "confirm") }))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        await Eventually.TrueAsync(
            async () => (await world.OwnNeedsAsync(key)).Single().GetProperty("counts").GetProperty("suggested").GetInt32() >= 1,
            "matching suggests the person who fits for the need",
            seconds: 240);
        await page.ReloadAsync();
        await Assertions.Expect(card.Locator(".counts")).ToHaveTextAsync("1 person suggested, 0 approved, 0 introduced, 0 connected");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit: Website rebuild for a food co-op" }).ClickAsync();
        await Assertions.Expect(page.Locator("#need-heading")).ToHaveTextAsync("Edit: Website rebuild for a food co-op");
        await Assertions.Expect(page.GetByLabel("Required skill 3", new() { Exact = true })).ToHaveValueAsync("Zorblax federation");
        await page.GetByLabel("Title").FillAsync("Website move for a food co-op");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the need" }).ClickAsync();
        await Assertions.Expect(card.Locator("h3")).ToHaveTextAsync("Website move for a food co-op");
        await Assertions.Expect(page.Locator("#need-heading")).ToHaveTextAsync("Post a need");

        await page.GetByLabel("About us (optional)").FillAsync("We build websites for food co-ops.\nWorker-owned since 2011.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a skill we can teach" }).ClickAsync();
        await CoopPageWorld.PickSkillAsync(page, "Skill we can teach 1", "WordPress");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save our profile" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Your public profile is saved.");
        var listed = await world.App.Client.GetFromJsonAsync<JsonElement>($"/api/needs?coop={coopId}");
        var coop = Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("coop");
        Assert.Equal("We build websites for food co-ops.\nWorker-owned since 2011.", coop.GetProperty("about").GetString());

        // Closing asks why: without a reason the server refuses, the dialog says so at the choice and the need stays open.
        await page.GetByRole(AriaRole.Button, new() { Name = "Close: Website move for a food co-op" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, close it" }).ClickAsync();
        await Assertions.Expect(page.Locator("#close-filled")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#close-filled")).ToBeFocusedAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("This field is required.");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Not closed: one answer needs a change. The need is still open.");
        Assert.Equal("open", (await world.OwnNeedsAsync(key)).Single().GetProperty("status").GetString());

        await page.GetByLabel("We found someone elsewhere").CheckAsync();
        await page.GetByLabel("A note (optional)").FillAsync("A member's cousin took it on.\nThanks all the same.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, close it" }).ClickAsync();
        await Assertions.Expect(page.Locator("#closed-summary")).ToHaveTextAsync("Closed needs (1)");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#open-needs")).ToContainTextAsync("No open needs.");
        await page.Locator("#closed-summary").ClickAsync();
        var closedCard = page.Locator("#closed-needs .card");
        await Assertions.Expect(closedCard.Locator("h3")).ToHaveTextAsync("Website move for a food co-op");
        await Assertions.Expect(closedCard.Locator(".closed-note")).ToHaveTextAsync(new Regex(@"^Closed on \d{1,2} [A-Z][a-z]+ \d{4}: we found someone elsewhere\.$"));
        Assert.Equal("A member's cousin took it on.\nThanks all the same.", await closedCard.Locator(".closing-note dd").TextContentAsync());
        var closed = (await world.OwnNeedsAsync(key)).Single(n => n.GetProperty("id").GetString() == needId);
        Assert.Equal(
            ("closed", "filled-elsewhere", "A member's cousin took it on.\nThanks all the same."),
            (closed.GetProperty("status").GetString(), closed.GetProperty("closedBecause").GetString(), closed.GetProperty("closeNote").GetString()));

        await page.GetByRole(AriaRole.Button, new() { Name = "Make a new key" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, make a new key" }).ClickAsync();
        await Assertions.Expect(page.Locator("#new-key")).Not.ToBeEmptyAsync();
        var newKey = await page.Locator("#new-key").TextContentAsync();
        Assert.NotEqual(key, newKey);
        Assert.Equal(newKey, await CoopPageWorld.SessionKeyAsync(page));
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy the key" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("The key is copied.");
        Assert.Equal(newKey, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        using (var old = await world.SendAsync(HttpMethod.Get, "/api/coops/me", key))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        }

        using (var current = await world.SendAsync(HttpMethod.Get, "/api/coops/me", newKey!))
        {
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        }

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#hello")).ToHaveTextAsync("Signed in as Journey Co-op");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Your co-op key")).ToBeVisibleAsync();
        Assert.Null(await CoopPageWorld.SessionKeyAsync(page));
        Assert.Empty(world.Dialogs);
    }

    [Fact]
    public async Task Signing_in_posting_a_need_and_closing_it_with_a_reason_work_by_keyboard_alone()
    {
        var (_, key) = await world.CreateCoopAsync("Keyboard Co-op");
        var page = await world.NewPageAsync();
        var keys = page.Keyboard;
        await page.GotoAsync("/api/coop");
        await KeyboardOnly.TypeIntoAsync(page, "#key", key);
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#hello")).ToHaveTextAsync("Signed in as Keyboard Co-op");
        await Assertions.Expect(page.Locator("#hello")).ToBeFocusedAsync();

        await KeyboardOnly.TypeIntoAsync(page, "#title", "Server care, two days a week");
        await KeyboardOnly.TypeIntoAsync(page, "#required-1-name", "Linu");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Linux", Exact = true })).ToBeVisibleAsync();
        await keys.PressAsync("ArrowDown");
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#required-1-name")).ToHaveValueAsync("Linux");
        await KeyboardOnly.TabToAsync(page, page.Locator("#add-required"));
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#required-2-name")).ToBeFocusedAsync();
        await keys.TypeAsync("Ansible");
        await KeyboardOnly.TypeIntoAsync(page, "#unpaid", " ");
        await Assertions.Expect(page.Locator("#rate-min")).ToBeDisabledAsync();
        await KeyboardOnly.TypeIntoAsync(page, "#need-days", "2");
        await KeyboardOnly.TypeIntoAsync(page, "#need-country", "GB");
        await keys.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Posted: Server care, two days a week.");
        var card = page.Locator("#open-needs .card");
        await Assertions.Expect(card.Locator("h3")).ToHaveTextAsync("Server care, two days a week");
        await Assertions.Expect(card.Locator(".facts")).ToContainTextAsync("Unpaid");
        await Assertions.Expect(card.Locator(".required")).ToHaveTextAsync("Linux (working), Ansible (working)");

        // The dialog opens at the reasons: arrows choose one, Tab reaches the note and the button, Enter closes.
        await KeyboardOnly.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Close: Server care, two days a week" }));
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#close-filled")).ToBeFocusedAsync();
        await keys.PressAsync("ArrowDown");
        await keys.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByLabel("The work is no longer needed")).ToBeCheckedAsync();
        await keys.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#close-note")).ToBeFocusedAsync();
        await keys.TypeAsync("The server moved to a member's own rack.");
        await keys.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#close-yes")).ToBeFocusedAsync();
        await keys.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Closed: Server care, two days a week. It is now among the closed needs.");
        await Assertions.Expect(page.Locator("#needs-heading")).ToBeFocusedAsync();
        await KeyboardOnly.TabToAsync(page, page.Locator("#closed-summary"));
        await keys.PressAsync("Enter");
        var closed = page.Locator("#closed-needs .card");
        await Assertions.Expect(closed.Locator(".closed-note")).ToHaveTextAsync(new Regex(@": the work is no longer needed\.$"));
        await Assertions.Expect(closed.Locator(".closing-note dd")).ToHaveTextAsync("The server moved to a member's own rack.");
    }

    // Typing part of the name offers the canonical skill; picking it fills the field and closes the list.
}
