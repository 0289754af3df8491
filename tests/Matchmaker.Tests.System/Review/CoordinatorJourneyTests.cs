using System.Text.Json;
using System.Text.RegularExpressions;
using Matchmaker.Tests.System.CoopDesk;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Review;

/// <summary>
/// The network run from two pages in headless Chromium: a coordinator adds a co-op and copies its key; the
/// co-op signs in on its own page, posts a need with a skill the taxonomy does not know, sees people matched,
/// edits and closes it; the coordinator approves a suggestion, follows the introduction's emails, retrains
/// the model and sees the new version in the history.
/// </summary>
public sealed class CoordinatorJourneyTests(CoordinatorJourneyWorld world) : IClassFixture<CoordinatorJourneyWorld>
{
    private const string Coop = "Journey Bakery Co-op";
    private const string Title = "Shop website for a bakery co-op";

    [Fact]
    public async Task A_coordinator_adds_a_co_op_that_posts_edits_and_closes_a_need_then_approves_follows_the_emails_and_retrains()
    {
        var desk = await world.SignedInPageAsync();
        await desk.Locator("details.group").First.WaitForAsync();
        await desk.GetByRole(AriaRole.Tab, new() { Name = "Co-ops" }).ClickAsync();
        var form = desk.Locator("#coop-create");
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync(Coop);
        await form.GetByLabel("Contact email").FillAsync("bakers@journey.example.org");
        await form.GetByLabel("Town or city (optional)").FillAsync("Bristol");
        await form.GetByLabel("Country code").FillAsync("GB");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Add the co-op" }).ClickAsync();
        await desk.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Copy the key" }).ClickAsync();
        await Assertions.Expect(desk.Locator("#key-shown-message")).ToHaveTextAsync("The key is copied.");
        var key = await desk.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await desk.Locator("#shown-key").TextContentAsync(), key);
        await desk.GetByRole(AriaRole.Button, new() { Name = "I have kept it: close" }).ClickAsync();
        await Assertions.Expect(desk.Locator("#coop-rows tr", new() { HasText = Coop })).ToContainTextAsync("Bristol, GB");

        var coop = await world.NewPageAsync();
        await coop.GotoAsync("/api/coop");
        await coop.GetByLabel("Your co-op key").FillAsync(key);
        await coop.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(coop.Locator("#hello")).ToHaveTextAsync($"Signed in as {Coop}");
        await PostNeedAsync(coop);
        var need = Assert.Single(await OwnNeedsAsync(key));
        Assert.Equal(JsonValueKind.Null, need.GetProperty("requiredSkills")[2].GetProperty("skillId").ValueKind);
        await Eventually.TrueAsync(
            async () => (await OwnNeedsAsync(key)).Single().GetProperty("counts").GetProperty("suggested").GetInt32() >= 1,
            "matching suggests people from the demo data for the need",
            seconds: 240);
        await coop.ReloadAsync();
        var card = coop.Locator("#open-needs .card");
        await Assertions.Expect(card.Locator(".counts")).ToHaveTextAsync(new Regex("^[1-9][0-9]* (person|people) suggested, 0 approved, 0 introduced, 0 connected$"));

        await coop.GetByRole(AriaRole.Button, new() { Name = $"Edit: {Title}" }).ClickAsync();
        // The form is filled from the need as it is stored (with its version for If-Match) before it is edited.
        await Assertions.Expect(coop.Locator("#need-heading")).ToHaveTextAsync($"Edit: {Title}");
        await Assertions.Expect(coop.GetByLabel("Required skill 3", new() { Exact = true })).ToHaveValueAsync("Sourdough ordering widgets");
        await coop.GetByLabel("Title").FillAsync("Shop website and ordering for a bakery co-op");
        await coop.GetByRole(AriaRole.Button, new() { Name = "Save the need" }).ClickAsync();
        await Assertions.Expect(card.Locator("h3")).ToHaveTextAsync("Shop website and ordering for a bakery co-op");
        await coop.GetByRole(AriaRole.Button, new() { Name = "Close: Shop website and ordering for a bakery co-op" }).ClickAsync();
        await coop.GetByLabel("The work is no longer needed").CheckAsync();
        await coop.GetByRole(AriaRole.Button, new() { Name = "Yes, close it" }).ClickAsync();
        await Assertions.Expect(coop.Locator("#closed-summary")).ToHaveTextAsync("Closed needs (1)");
        Assert.Equal("no-longer-needed", (await OwnNeedsAsync(key)).Single().GetProperty("closedBecause").GetString());

        await desk.GetByRole(AriaRole.Tab, new() { Name = "Suggestions" }).ClickAsync();
        var pending = (await ReviewPageWorld.OpenNeedWithAsync(desk, 1)).Locator(".card[data-status='pending']").First;
        var suggestion = await pending.GetAttributeAsync("data-id");
        await pending.GetByRole(AriaRole.Button, new() { Name = "Approve (a)" }).ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Assertions.Expect(desk.Locator($".card[data-id='{suggestion}']")).ToHaveAttributeAsync("data-status", "approved");

        await desk.GetByRole(AriaRole.Tab, new() { Name = "Introductions" }).ClickAsync();
        var introduction = desk.Locator(".intro").First;
        await Assertions.Expect(introduction.Locator(".intro-status")).Not.ToBeEmptyAsync();
        var shown = desk.Locator("#intro-filters").GetByRole(AriaRole.Button, new() { Name = "Show" });
        await Eventually.TrueAsync(
            async () =>
            {
                await shown.ClickAsync();
                await desk.Locator("#status").Filter(new() { HasText = "introduction" }).WaitForAsync();
                return await introduction.Locator(".email[data-state='sent']").CountAsync() == 2;
            },
            "both asking emails are shown as sent");
        await Assertions.Expect(introduction.Locator(".email[data-kind='ask-person']")).ToContainTextAsync("Asking to the person: sent");
        await Assertions.Expect(introduction.Locator(".email[data-kind='ask-coop']")).ToContainTextAsync("Asking to the co-op: sent");
        await Assertions.Expect(introduction.Locator(".intro-status")).ToHaveTextAsync(new Regex("waiting for both sides' answers|the emails asking both sides"));

        await desk.GetByRole(AriaRole.Tab, new() { Name = "Model" }).ClickAsync();
        var versions = desk.Locator("#versions .version");
        await versions.First.WaitForAsync();
        var before = await versions.CountAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Retrain now" }).ClickAsync();
        await Assertions.Expect(desk.Locator("#retrain-progress")).ToBeVisibleAsync();
        await Assertions.Expect(desk.Locator("#retrain-bar")).ToBeVisibleAsync();
        await ReviewPageWorld.AssertAccessibleAsync(desk, "retraining");
        await Assertions.Expect(desk.Locator("#retrain-state")).ToHaveTextAsync(new Regex("^Version v[0-9]+ (is live|was trained and refused)"), new() { Timeout = 240_000 });
        await Assertions.Expect(versions).ToHaveCountAsync(before + 1);
        var newest = Regex.Match((await desk.Locator("#retrain-state").TextContentAsync())!, "v[0-9]+").Value;
        await Assertions.Expect(versions.First).ToHaveAttributeAsync("data-version", newest);
        await ReviewPageWorld.AssertAccessibleAsync(desk, "retrained");
        await desk.SetViewportSizeAsync(375, 812);
        await ReviewPageWorld.AssertAccessibleAsync(desk, "retrained");
        Assert.Empty(world.Dialogs);
    }

    private static async Task PostNeedAsync(IPage coop)
    {
        await coop.GetByLabel("Title").FillAsync(Title);
        await CoopPageWorld.PickSkillAsync(coop, "Required skill 1", "WordPress");
        await coop.GetByRole(AriaRole.Button, new() { Name = "Add a required skill" }).ClickAsync();
        await CoopPageWorld.PickSkillAsync(coop, "Required skill 2", "Linux");
        await coop.GetByRole(AriaRole.Button, new() { Name = "Add a required skill" }).ClickAsync();
        await coop.GetByLabel("Required skill 3", new() { Exact = true }).FillAsync("Sourdough ordering widgets");
        await coop.GetByLabel("Level of required skill 3").SelectOptionAsync("learning");
        await coop.GetByLabel("Day rate from").FillAsync("250");
        await coop.GetByLabel("Days a week").FillAsync("2");
        await coop.Locator("#need-country").FillAsync("GB");
        await coop.GetByRole(AriaRole.Button, new() { Name = "Post the need" }).ClickAsync();
        await Assertions.Expect(coop.Locator("#status")).ToContainTextAsync($"Posted: {Title}.");
    }

    private async Task<IReadOnlyList<JsonElement>> OwnNeedsAsync(string key) =>
        [.. (await world.GetAsync("/api/coops/me/needs", key)).EnumerateArray()];
}
