using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.CoopDesk;

/// <summary>The co-op page's states with axe at two widths, the server's field errors, a conflicting edit, and how the page is served.</summary>
[Collection(CoopPagesShareOneApp.Name)]
public sealed class CoopPageTests(CoopPageWorld world)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Every_state_of_the_page_has_no_serious_accessibility_violation_and_fits_the_width(int width)
    {
        var (_, key) = await world.CreateCoopAsync($"Axe Co-op {width}");
        Assert.NotNull(await world.PostNeedAsync(key, "Bookkeeping for a bakery co-op", "Two days a month of bookkeeping."));
        var page = await world.NewPageAsync(width, 800);
        await page.GotoAsync("/api/coop");
        await Assertions.Expect(page.GetByLabel("Your co-op key")).ToBeVisibleAsync();
        await CoopPageWorld.AssertCoopPageAccessibleAsync(page, "signed-out");

        await page.GetByLabel("Your co-op key").FillAsync("not-a-key-of-any-co-op");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#key-error")).ToContainTextAsync("This key was not recognised.");
        await Assertions.Expect(page.Locator("#key")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Not signed in: the key was not recognised. Try again.");
        Assert.Null(await CoopPageWorld.SessionKeyAsync(page));
        await CoopPageWorld.AssertCoopPageAccessibleAsync(page, "wrong-key");

        await page.GetByLabel("Your co-op key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#open-needs .card h3")).ToHaveTextAsync("Bookkeeping for a bakery co-op");
        await CoopPageWorld.AssertCoopPageAccessibleAsync(page, "needs");

        await page.GetByRole(AriaRole.Button, new() { Name = "Post the need" }).ClickAsync();
        await Assertions.Expect(page.Locator("#title")).ToHaveAttributeAsync("aria-invalid", "true");
        await CoopPageWorld.AssertCoopPageAccessibleAsync(page, "field-errors");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit: Bookkeeping for a bakery co-op" }).ClickAsync();
        await Assertions.Expect(page.Locator("#title")).ToHaveValueAsync("Bookkeeping for a bakery co-op");
        await CoopPageWorld.AssertCoopPageAccessibleAsync(page, "edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stop editing" }).ClickAsync();

        var close = page.GetByRole(AriaRole.Button, new() { Name = "Close: Bookkeeping for a bakery co-op" });
        await close.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#close-filled")).ToBeFocusedAsync();
        await CoopPageWorld.AssertCoopPageAccessibleAsync(page, "close-confirm");
        await page.GetByLabel("A note (optional)").FillAsync(new string('n', 501));
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, close it" }).ClickAsync();
        await Assertions.Expect(page.Locator("#close-note")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#close-filled")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#close-filled")).ToBeFocusedAsync();
        await CoopPageWorld.AssertCoopPageAccessibleAsync(page, "close-errors");
        await page.GetByRole(AriaRole.Button, new() { Name = "No, keep it open" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeHiddenAsync();
        await Assertions.Expect(close).ToBeFocusedAsync();
        // Opened again, the dialog starts empty.
        await close.ClickAsync();
        await Assertions.Expect(page.Locator("#close-note")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#close-filled")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByRole(AriaRole.Button, new() { Name = "No, keep it open" }).ClickAsync();

        await page.GetByLabel("About us (optional)").FillAsync("A worker co-op of four bookkeepers.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save our profile" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Your public profile is saved.");
        await CoopPageWorld.AssertCoopPageAccessibleAsync(page, "profile");

        await page.GetByRole(AriaRole.Button, new() { Name = "Make a new key" }).ClickAsync();
        await Assertions.Expect(page.Locator("#key-confirm-heading")).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, make a new key" }).ClickAsync();
        await Assertions.Expect(page.Locator("#new-key")).Not.ToBeEmptyAsync();
        await CoopPageWorld.AssertCoopPageAccessibleAsync(page, "new-key");

        await close.ClickAsync();
        await page.GetByLabel("Another reason").CheckAsync();
        await page.GetByLabel("A note (optional)").FillAsync("The bakery merged with another co-op,\nwhose bookkeeper does it now.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, close it" }).ClickAsync();
        await Assertions.Expect(page.Locator("#closed-summary")).ToHaveTextAsync("Closed needs (1)");
        await page.Locator("#closed-summary").ClickAsync();
        await Assertions.Expect(page.Locator("#closed-needs .closed-note")).ToHaveTextAsync(new Regex(" for another reason\\.$"));
        await CoopPageWorld.AssertCoopPageAccessibleAsync(page, "closed");
    }

    [Fact]
    public async Task A_key_in_the_link_signs_in_and_leaves_the_address_and_the_servers_field_errors_appear_at_their_fields()
    {
        var (_, key) = await world.CreateCoopAsync("Errors Co-op");
        var page = await world.NewPageAsync();
        await page.GotoAsync($"/api/coop#key={key}");
        await Assertions.Expect(page.Locator("#hello")).ToHaveTextAsync("Signed in as Errors Co-op");
        Assert.DoesNotContain("#", page.Url, StringComparison.Ordinal);
        Assert.Equal(key, await CoopPageWorld.SessionKeyAsync(page));

        await page.GetByLabel("Title").FillAsync("Too many days");
        await page.GetByLabel("Required skill 1", new() { Exact = true }).FillAsync("Zorblax federation");
        await page.GetByLabel("Day rate from").FillAsync("300");
        await page.GetByLabel("Day rate up to (optional)").FillAsync("200");
        await page.GetByLabel("Days a week").FillAsync("9");
        await page.Locator("#need-country").FillAsync("Narnia");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post the need" }).ClickAsync();

        // The first field in the page's order with an error has the focus; each error sits under its field.
        await Assertions.Expect(page.Locator("#rate-max")).ToBeFocusedAsync();
        foreach (var id in new[] { "rate-max", "need-days", "need-country" })
        {
            await Assertions.Expect(page.Locator($"#{id}")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.Locator($"#{id}-error")).Not.ToBeEmptyAsync();
            await Assertions.Expect(page.Locator($"#{id}")).ToHaveAttributeAsync("aria-describedby", new Regex($"{id}-error"));
        }

        await Assertions.Expect(page.Locator("#title")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Not saved: 3 answers need a change.");
        await Assertions.Expect(page.Locator("#title")).ToHaveValueAsync("Too many days");
        Assert.Empty(await world.OwnNeedsAsync(key));
    }

    [Fact]
    public async Task An_edit_refused_because_the_need_changed_elsewhere_keeps_the_edits_and_saves_after_a_reload()
    {
        var (_, key) = await world.CreateCoopAsync("Conflict Co-op");
        var needId = await world.PostNeedAsync(key, "Payroll, monthly");
        var page = await world.SignedInPageAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit: Payroll, monthly" }).ClickAsync();
        await Assertions.Expect(page.Locator("#title")).ToHaveValueAsync("Payroll, monthly");
        await page.GetByLabel("Title").FillAsync("Payroll and pensions, monthly");

        // Another tab renews the need: a new version, so the page's ETag is no longer current.
        using (var renewed = await world.SendAsync(HttpMethod.Post, $"/api/needs/{needId}/renew", key))
        {
            Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the need" }).ClickAsync();
        await Assertions.Expect(page.Locator("#need-conflict")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#need-reload")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Not saved: this need changed elsewhere.");
        await Assertions.Expect(page.Locator("#title")).ToHaveValueAsync("Payroll and pensions, monthly");

        await page.GetByRole(AriaRole.Button, new() { Name = "Reload the saved need, keeping my changes here" }).ClickAsync();
        await Assertions.Expect(page.Locator("#need-conflict")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#title")).ToHaveValueAsync("Payroll and pensions, monthly");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the need" }).ClickAsync();
        await Assertions.Expect(page.Locator("#open-needs .card h3")).ToHaveTextAsync("Payroll and pensions, monthly");

        // The renew button (every need here is going stale at once) says so and keeps the need open.
        await page.GetByRole(AriaRole.Button, new() { Name = "Still open: renew: Payroll and pensions, monthly" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Renewed: Payroll and pensions, monthly stays open.");
        Assert.Empty(world.Dialogs);
    }

    [Fact]
    public async Task A_profile_save_refused_because_it_changed_elsewhere_keeps_the_edits_and_saves_after_a_reload()
    {
        var (_, key) = await world.CreateCoopAsync("Profile Conflict Co-op");
        var page = await world.SignedInPageAsync(key);
        await page.GetByLabel("About us (optional)").FillAsync("Typed in this tab.");

        // Another tab saves the profile first.
        string etag;
        using (var current = await world.SendAsync(HttpMethod.Get, "/api/coops/me", key))
        {
            etag = current.Headers.ETag!.ToString();
        }

        using (var saved = await world.SendAsync(HttpMethod.Put, "/api/coops/me", key, new { name = "Profile Conflict Co-op", country = "GB", about = "Saved in another tab." }, etag))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save our profile" }).ClickAsync();
        await Assertions.Expect(page.Locator("#profile-conflict")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#profile-reload")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("About us (optional)")).ToHaveValueAsync("Typed in this tab.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Reload the saved profile, keeping my changes here" }).ClickAsync();
        await Assertions.Expect(page.Locator("#profile-conflict")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("About us (optional)")).ToHaveValueAsync("Typed in this tab.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save our profile" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Your public profile is saved.");
        using var after = await world.SendAsync(HttpMethod.Get, "/api/coops/me", key);
        Assert.Contains("Typed in this tab.", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_and_its_files_are_served_with_their_types_and_a_self_only_policy_small_and_nothing_else_is()
    {
        await ServedPage.AssertSelfContainedAsync(world.App.Client, "coop");
        foreach (var other in new[] { "coop.html", "me.js", "site.js", "..%2Fopenapi.yaml" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await world.App.Client.GetAsync($"/api/coop/{other}")).StatusCode);
        }
    }
}
