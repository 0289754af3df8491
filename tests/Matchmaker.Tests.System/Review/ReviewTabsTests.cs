using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Review;

/// <summary>The review page's co-ops, introductions and model tabs in headless Chromium against the app with demo data.</summary>
[Collection(ReviewPagesShareOneApp.Name)]
public sealed class ReviewTabsTests(ReviewPageWorld world)
{
    [Fact]
    public async Task A_coordinator_adds_a_co_op_sees_its_key_once_replaces_it_and_the_old_key_stops_at_once()
    {
        var page = await CoopsTabAsync();
        var before = (await world.GetAsync("/api/coops")).GetArrayLength();

        var form = page.Locator("#coop-create");
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync("Tabs Test Co-op");
        await form.GetByLabel("Contact email").FillAsync("not an address");
        await form.GetByLabel("Country code").FillAsync("GB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the co-op" }).ClickAsync();
        await Assertions.Expect(page.Locator("#create-email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#coop-create .field-error")).ToHaveCountAsync(1);
        Assert.Equal(before, (await world.GetAsync("/api/coops")).GetArrayLength());

        await form.GetByLabel("Contact email").FillAsync("hello@tabs.example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the co-op" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tabs Test Co-op is added" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        var key = await page.Locator("#shown-key").TextContentAsync();
        using (var signedIn = await world.SendAsync(HttpMethod.Get, "/api/coops/me", key!))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "I have kept it: close" }).ClickAsync();
        Assert.Equal("", await page.Locator("#shown-key").TextContentAsync());
        var row = page.Locator("#coop-rows tr", new() { HasText = "Tabs Test Co-op" });
        await Assertions.Expect(row).ToContainTextAsync("hello@tabs.example.org");
        await Assertions.Expect(row).ToContainTextAsync("never");

        await page.GetByRole(AriaRole.Button, new() { Name = "Replace key of Tabs Test Co-op" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Replace the key", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "A new key for Tabs Test Co-op" })).ToBeVisibleAsync();
        var newKey = await page.Locator("#shown-key").TextContentAsync();
        Assert.NotEqual(key, newKey);
        using (var old = await world.SendAsync(HttpMethod.Get, "/api/coops/me", key!))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        }

        using (var current = await world.SendAsync(HttpMethod.Get, "/api/coops/me", newKey!))
        {
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "I have kept it: close" }).ClickAsync();
        await Assertions.Expect(row).Not.ToContainTextAsync("never");
        Assert.Empty(await page.Context.CookiesAsync());
    }

    [Fact]
    public async Task Editing_a_contact_changed_meanwhile_explains_the_conflict_keeps_the_typing_and_saves_after_a_reload()
    {
        var coop = await CreateCoopAsync("Contact Edit Co-op");
        var page = await CoopsTabAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit contact of Contact Edit Co-op" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Edit the co-op's contact" });
        await Assertions.Expect(dialog.GetByLabel("Contact email")).ToHaveValueAsync("first@edit.example.org");
        using (var meanwhile = await world.SendAsync(HttpMethod.Put, $"/api/coops/{coop}", body: new { name = "Contact Edit Co-op", contactEmail = "other@edit.example.org", city = "York", country = "GB" }))
        {
            Assert.Equal(HttpStatusCode.OK, meanwhile.StatusCode);
        }

        await dialog.GetByLabel("Contact email").FillAsync("new@edit.example.org");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save the contact" }).ClickAsync();
        await Assertions.Expect(page.Locator("#coop-edit-conflict")).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByLabel("Contact email")).ToHaveValueAsync("new@edit.example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reload the saved co-op, keeping my changes" }).ClickAsync();
        await Assertions.Expect(page.Locator("#coop-edit-reloaded")).ToContainTextAsync("other@edit.example.org");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save the contact" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        var saved = await world.GetAsync($"/api/coops/{coop}");
        Assert.Equal("new@edit.example.org", saved.GetProperty("contactEmail").GetString());
        await Assertions.Expect(page.Locator("#coop-rows tr", new() { HasText = "Contact Edit Co-op" })).ToContainTextAsync("new@edit.example.org");
    }

    [Fact]
    public async Task An_email_stuck_as_failed_is_marked_with_what_to_do_and_is_sent_again_only_when_the_coordinator_asks()
    {
        var introduction = await world.ApprovedIntroductionAsync();
        await world.MarkEmailAsync(introduction, "ask-person", "failed", "400");
        var page = await world.SignedInPageAsync();
        await page.Locator("details.group").First.WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Introductions" }).ClickAsync();

        var card = page.Locator($".intro[data-id='{introduction}']");
        await Assertions.Expect(card).ToHaveClassAsync(new global::System.Text.RegularExpressions.Regex("attention"));
        var stuck = card.Locator(".email.stuck[data-kind='ask-person']");
        await Assertions.Expect(stuck).ToContainTextAsync("Asking to the person: failed");
        await Assertions.Expect(stuck.Locator(".action")).ToContainTextAsync("refused for good (400)");
        await Assertions.Expect(card.Locator(".email[data-kind='ask-coop']")).Not.ToHaveClassAsync(new global::System.Text.RegularExpressions.Regex("stuck"));

        await page.GetByLabel("Only those with an email that needs me").CheckAsync();
        await page.Locator("#intro-filters").GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var listed = await page.Locator(".intro").EvaluateAllAsync<string[]>("all => all.map(c => c.dataset.id)");
        Assert.Contains(introduction, listed);
        Assert.All(await page.Locator(".intro").AllAsync(), async c => Assert.Contains("attention", await c.GetAttributeAsync("class"), StringComparison.Ordinal));

        await stuck.GetByRole(AriaRole.Button, new() { Name = "Send again: asking to the person" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Send this email again?" });
        await Assertions.Expect(dialog).ToContainTextAsync("refused for good (400)");
        await dialog.GetByLabel("Why (optional, kept with the email)").FillAsync("The address was mistyped and is fixed.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Send it again" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("is queued to be sent again");

        await Eventually.TrueAsync(
            async () => Email(await world.IntroductionAsync(introduction), "ask-person").GetProperty("state").GetString() == "sent",
            "the email asked for again is sent");
        Assert.NotEqual(JsonValueKind.Null, Email(await world.IntroductionAsync(introduction), "ask-person").GetProperty("sentAgainAt").ValueKind);
    }

    [Fact]
    public async Task The_model_tab_shows_every_version_with_its_ndcg_beside_the_baselines_and_why_it_went_live()
    {
        var versions = (await world.GetAsync("/api/model/versions")).GetProperty("items").EnumerateArray().ToList();
        var page = await world.SignedInPageAsync();
        await page.Locator("details.group").First.WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Model" }).ClickAsync();

        await Assertions.Expect(page.Locator("#versions .version")).ToHaveCountAsync(versions.Count);
        var live = versions.Single(v => v.GetProperty("status").GetString() == "live");
        var card = page.Locator($".version[data-version='{live.GetProperty("version").GetString()}']");
        await Assertions.Expect(card.Locator("h3")).ToHaveTextAsync($"{live.GetProperty("version").GetString()}: live");
        await Assertions.Expect(card.Locator("tbody tr")).ToHaveCountAsync(1 + live.GetProperty("baselines").EnumerateObject().Count());
        await Assertions.Expect(card.Locator("tbody tr").First).ToContainTextAsync(live.GetProperty("metrics").GetProperty("ndcg5").GetDouble().ToString("0.000", global::System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(card.Locator(".decision")).ToHaveTextAsync(live.GetProperty("decision").GetString()!);
        await Assertions.Expect(page.Locator("#live-model")).ToContainTextAsync($"Version {live.GetProperty("version").GetString()} is live");
    }

    [Fact]
    public async Task Stuck_work_shows_what_it_was_for_by_its_ids_and_goes_back_on_its_queue_once_put_back()
    {
        var messageId = await world.PoisonedMatchingAsync();
        var page = await world.SignedInPageAsync();
        await page.Locator("details.group").First.WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Stuck work" }).ClickAsync();

        var card = page.Locator($".poison[data-message-id='{messageId}']");
        await Assertions.Expect(card.Locator("h3")).ToHaveTextAsync("Matching a need with people");
        await Assertions.Expect(card.Locator(".summary")).ToHaveTextAsync(new global::System.Text.RegularExpressions.Regex("^About: id=[0-9a-f]{32}, version=1$"));
        await card.GetByRole(AriaRole.Button, new() { Name = "Put back on the queue" }).ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Put back on the queue: Matching a need with people");
        await Assertions.Expect(card).ToHaveCountAsync(0);
        Assert.DoesNotContain((await world.GetAsync("/api/poison")).GetProperty("items").EnumerateArray(), m => m.GetProperty("messageId").GetString() == messageId);
    }

    private async Task<IPage> CoopsTabAsync()
    {
        var page = await world.SignedInPageAsync();
        await page.Locator("details.group").First.WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Co-ops" }).ClickAsync();
        await page.Locator("#coop-rows tr").First.WaitForAsync();
        return page;
    }

    private async Task<string> CreateCoopAsync(string name)
    {
        using var response = await world.SendAsync(HttpMethod.Post, "/api/coops", body: new { name, contactEmail = "first@edit.example.org", city = "Leeds", country = "GB" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static JsonElement Email(JsonElement introduction, string kind) =>
        introduction.GetProperty("emailDetails").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == kind);
}
