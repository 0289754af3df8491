using System.Net;
using System.Text.RegularExpressions;
using Matchmaker.Profiles.Consents;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>The start, join and me pages in headless Chromium: every state accessible at two widths, errors at their fields, failures that keep what was typed.</summary>
[Collection(NewcomerPagesShareOneApp.Name)]
public sealed class NewcomerPageTests(NewcomerPagesWorld world)
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 812)]
    public async Task Start_and_join_have_no_serious_accessibility_violations_in_any_state_and_fit_the_width(int width, int height)
    {
        var page = await world.NewPageAsync(width, height);
        await page.GotoAsync("/api/start");
        var status = page.Locator("#status");
        await Assertions.Expect(status).ToContainTextAsync("Showing all");
        await Assertions.Expect(page.Locator("#needs .card").First).ToBeVisibleAsync();
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "start");

        await page.GetByLabel("Skill", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Linux" });
        await page.GetByLabel("Remote work").SelectOptionAsync("remote");
        await Assertions.Expect(status).ToContainTextAsync("Showing 2 of");
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "start-filtered");

        await page.GotoAsync("/api/join");
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "join");

        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#name-error")).ToBeVisibleAsync();
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "join-errors");

        await JoinForm.FillAsync(page, NewcomerPagesWorld.NewEmail("axe"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeFocusedAsync();
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "join-done");
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 812)]
    public async Task The_newcomers_page_has_no_serious_accessibility_violations_in_any_state_and_fits_the_width(int width, int height)
    {
        var (_, _, link, _) = await world.CreateProfileAsync("axe-me");
        var page = await world.NewPageAsync(width, height);
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email" })).ToBeVisibleAsync();
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "me-confirm");

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email" }).ClickAsync();
        await Assertions.Expect(page.Locator("#matches .card").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#portfolio .headline")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#introductions")).ToContainTextAsync("No introductions yet");
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "me-signed-in");

        await page.GetByText("Change my profile").ClickAsync();
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "me-edit");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my profile", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Delete your profile for good?" })).ToBeFocusedAsync();
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "me-delete-confirm");

        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete my profile" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your profile is deleted" })).ToBeVisibleAsync();
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "me-deleted");

        var fresh = await world.NewPageAsync(width, height);
        await fresh.GotoAsync("/api/me");
        await Assertions.Expect(fresh.GetByRole(AriaRole.Heading, new() { Name = "Email me a link to my page" })).ToBeVisibleAsync();
        await NewcomerPagesWorld.AssertAccessibleAsync(fresh, "me-email-me-a-link");
        await fresh.Locator("#ask-email").FillAsync(NewcomerPagesWorld.NewEmail("nobody"));
        await fresh.GetByRole(AriaRole.Button, new() { Name = "Email me a link" }).ClickAsync();
        await Assertions.Expect(fresh.Locator("#ask-done")).ToBeFocusedAsync();
        await NewcomerPagesWorld.AssertAccessibleAsync(fresh, "me-link-sent");
    }

    [Fact]
    public async Task The_servers_field_errors_appear_at_their_fields_the_focus_moves_to_the_first_and_nothing_typed_is_lost()
    {
        var page = await world.NewPageAsync();
        await page.GotoAsync("/api/join");
        var email = NewcomerPagesWorld.NewEmail("errors");
        await JoinForm.FillAsync(page, email);
        var longName = new string('N', 201);
        await page.GetByLabel("Your name").FillAsync(longName);
        await page.GetByLabel("Email address").FillAsync("not-an-address");
        await page.GetByLabel("Days a week you can work").FillAsync("9");
        await page.GetByLabel("Currency").FillAsync("POUNDS");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();

        (string Field, string Message)[] expected =
        [
            ("name", "At most 200 characters."),
            ("email", "Must be an email address"),
            ("daysPerWeek", "Must be between 0.5 and 5."),
            ("currency", "three-letter ISO 4217 currency code"),
        ];
        foreach (var (field, message) in expected)
        {
            var input = page.Locator($"#{field}");
            await Assertions.Expect(page.Locator($"#{field}-error")).ToContainTextAsync(message);
            await Assertions.Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(input).ToHaveAttributeAsync("aria-describedby", new Regex($"\\b{field}-error\\b"));
        }

        await Assertions.Expect(page.Locator("#name")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".field-error")).ToHaveCountAsync(expected.Length);
        await AssertKeptAsync(page, longName, "not-an-address", "9", "POUNDS");

        // The draft survives a reload of the page (session storage), and the corrected form is accepted.
        await page.ReloadAsync();
        await AssertKeptAsync(page, longName, "not-an-address", "9", "POUNDS");
        await page.GetByLabel("Your name").FillAsync(JoinForm.Name);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Days a week you can work").FillAsync("3");
        await page.GetByLabel("Currency").FillAsync("GBP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('matchmaker.joinDraft')"));
        Assert.Single(world.App.Outbox.To(email));
    }

    [Fact]
    public async Task A_busy_server_says_when_to_try_again_and_a_refused_or_failed_send_keeps_everything_typed()
    {
        var page = await world.NewPageAsync();
        await page.GotoAsync("/api/join");
        var email = NewcomerPagesWorld.NewEmail("busy");
        await JoinForm.FillAsync(page, email);
        var join = page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true });
        var status = page.Locator("#status");

        await page.RouteAsync("**/api/profiles", route => route.FulfillAsync(new()
        {
            Status = 503,
            Headers = new Dictionary<string, string> { ["Retry-After"] = "120" },
            ContentType = "application/problem+json",
            Body = """{"title":"Storage is unavailable.","status":503}""",
        }));
        await join.ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Try again in 2 minutes.");
        await AssertKeptAsync(page, JoinForm.Name, email, "3", "GBP");

        await page.UnrouteAllAsync();
        await page.RouteAsync("**/api/profiles", route => route.AbortAsync());
        await join.ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("could not be reached");
        await AssertKeptAsync(page, JoinForm.Name, email, "3", "GBP");
        await page.UnrouteAllAsync();

        // The real server refuses a body over 64 KiB with 413.
        var bio = string.Concat(Enumerable.Repeat("A long bio. ", 6_000));
        await page.GetByLabel("A short bio (optional)").FillAsync(bio);
        await join.ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("more than the server accepts");
        await AssertKeptAsync(page, JoinForm.Name, email, "3", "GBP");
        await Assertions.Expect(page.GetByLabel("A short bio (optional)")).ToHaveValueAsync(bio);
        Assert.Empty(world.App.Outbox.To(email));
    }

    [Fact]
    public async Task A_save_over_a_change_made_elsewhere_is_refused_in_words_and_the_edits_stay_to_save_again()
    {
        var (page, id, _) = await world.ConfirmedMePageAsync("conflict");
        var token = await NewcomerPagesWorld.OwnerTokenAsync(page);
        await page.GetByText("Change my profile").ClickAsync();
        await page.GetByLabel("Your name").FillAsync("Name From The Page");

        // The same person changes their bio in another tab.
        using (var read = new HttpRequestMessage(HttpMethod.Get, $"/api/profiles/{id}"))
        {
            read.Headers.Authorization = new("Bearer", token);
            using var current = await world.App.Client.SendAsync(read);
            var body = global::System.Text.Json.Nodes.JsonNode.Parse(await current.Content.ReadAsStringAsync())!.AsObject();
            foreach (var serverOwned in new[] { "id", "status", "version", "createdAt", "updatedAt", "warnings" })
            {
                body.Remove(serverOwned);
            }

            body["bio"] = "Changed in another tab.";
            body["skills"] = new global::System.Text.Json.Nodes.JsonArray([.. body["skills"]!.AsArray().Select(s => (global::System.Text.Json.Nodes.JsonNode)new global::System.Text.Json.Nodes.JsonObject { ["name"] = s!["name"]!.GetValue<string>(), ["level"] = s["level"]!.GetValue<string>() })]);
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/profiles/{id}") { Content = new StringContent(body.ToJsonString(), global::System.Text.Encoding.UTF8, "application/json") };
            put.Headers.Authorization = new("Bearer", token);
            using var saved = await world.App.Client.SendAsync(put);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Assertions.Expect(page.Locator("#conflict")).ToContainTextAsync("changed somewhere else");
        await Assertions.Expect(page.GetByLabel("Your name")).ToHaveValueAsync("Name From The Page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Reload the saved profile, keeping my changes here" }).ClickAsync();
        await Assertions.Expect(page.Locator("#saved-bio")).ToHaveTextAsync("Changed in another tab.");
        await Assertions.Expect(page.GetByLabel("Your name")).ToHaveValueAsync("Name From The Page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Your profile is saved.");
        await Assertions.Expect(page.Locator("#saved-name")).ToHaveTextAsync("Name From The Page");
    }

    [Fact]
    public async Task An_introduction_a_coordinator_approved_is_answered_on_the_page_and_the_answer_is_recorded()
    {
        var (page, id, _) = await world.ConfirmedMePageAsync("intro");
        var token = await NewcomerPagesWorld.OwnerTokenAsync(page);
        // Approved as soon as matching has suggested the person; an approval that meets matching rewriting the
        // same suggestion is refused as changed meanwhile, and is tried again on the suggestion as it is now.
        await Eventually.TrueAsync(
            async () =>
            {
                if (await world.SuggestionsAsync(id) is not [var suggestion, ..])
                {
                    return false;
                }

                using var approve = new HttpRequestMessage(HttpMethod.Post, $"/api/suggestions/{Uri.EscapeDataString(suggestion)}/approve");
                approve.Headers.Authorization = new("Bearer", NewcomerPagesWorld.CoordinatorKey);
                approve.Content = new StringContent("{}", global::System.Text.Encoding.UTF8, "application/json");
                using var approved = await world.App.Client.SendAsync(approve);
                return approved.StatusCode == HttpStatusCode.OK;
            },
            "a suggestion of the new person is approved",
            seconds: 120);

        await Eventually.TrueAsync(
            async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/profiles/{id}/introductions");
                request.Headers.Authorization = new("Bearer", token);
                using var response = await world.App.Client.SendAsync(request);
                return (await response.Content.ReadAsStringAsync()).Contains("\"canAnswer\":true", StringComparison.Ordinal);
            },
            "the person has been asked",
            seconds: 60);

        await page.ReloadAsync();
        var accept = page.Locator("#introductions").GetByRole(AriaRole.Button, new() { Name = "Accept: " });
        await Assertions.Expect(accept).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#introductions")).ToContainTextAsync("Please answer by");
        await accept.ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("You accepted the introduction to");
        await Assertions.Expect(page.Locator("#introductions")).ToContainTextAsync("You answered: yes.");
        await Assertions.Expect(page.Locator("#introductions").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }

    private static async Task AssertKeptAsync(IPage page, string name, string email, string days, string currency)
    {
        await Assertions.Expect(page.GetByLabel("Your name")).ToHaveValueAsync(name);
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync(email);
        await Assertions.Expect(page.GetByLabel("Days a week you can work")).ToHaveValueAsync(days);
        await Assertions.Expect(page.GetByLabel("Currency")).ToHaveValueAsync(currency);
        await Assertions.Expect(page.GetByLabel("Skill 2", new() { Exact = true })).ToHaveValueAsync("WordPress");
        await Assertions.Expect(page.GetByLabel("Level of skill 1")).ToHaveValueAsync("expert");
        await Assertions.Expect(page.GetByLabel("Skills you want to learn (optional)")).ToHaveValueAsync("JavaScript");
        await Assertions.Expect(page.GetByLabel("Match me with open needs")).ToBeCheckedAsync();
    }
}
