using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Review;

/// <summary>
/// axe on every tab and state of the review page (its dialogs and error states too), at desktop and phone
/// width, with nothing scrolling sideways; a screenshot of each is kept.
/// </summary>
[Collection(ReviewPagesShareOneApp.Name)]
public sealed class ReviewAccessibilityTests(ReviewPageWorld world)
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 812)]
    public async Task Every_tab_and_state_has_no_serious_accessibility_violations_and_fits_the_width(int width, int height)
    {
        await world.MarkEmailAsync(await world.ApprovedIntroductionAsync(), "ask-coop", "unknown", "timeout");
        await world.PoisonedMatchingAsync();
        var page = await world.NewPageAsync(width, height);
        await page.GotoAsync("/api/review");
        await ReviewPageWorld.AssertAccessibleAsync(page, "signed-out");

        await page.GetByLabel("Your coordinator key").FillAsync(ReviewPageWorld.CoordinatorKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();
        var card = (await ReviewPageWorld.OpenNeedWithAsync(page, 1)).Locator(".card[data-status='pending']").First;
        await ReviewPageWorld.AssertAccessibleAsync(page, "suggestions");
        await card.GetByRole(AriaRole.Button, new() { Name = "Reject (r)" }).ClickAsync();
        await ReviewPageWorld.AssertAccessibleAsync(page, "decide");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Tab(page, "Co-ops");
        await page.Locator("#coop-rows tr").First.WaitForAsync();
        await ReviewPageWorld.AssertAccessibleAsync(page, "coops");
        var form = page.Locator("#coop-create");
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync($"Accessible Co-op {width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the co-op" }).ClickAsync();
        await page.Locator("#coop-create .field-error").First.WaitForAsync();
        await ReviewPageWorld.AssertAccessibleAsync(page, "coop-field-errors");
        await form.GetByLabel("Contact email").FillAsync($"hello{width}@accessible.example.org");
        await form.GetByLabel("Country code").FillAsync("GB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the co-op" }).ClickAsync();
        await page.Locator("#key-shown[open]").WaitForAsync();
        await ReviewPageWorld.AssertAccessibleAsync(page, "key-shown");
        await page.GetByRole(AriaRole.Button, new() { Name = "I have kept it: close" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Replace key of Accessible Co-op {width}" }).ClickAsync();
        await ReviewPageWorld.AssertAccessibleAsync(page, "replace-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep the current key" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit contact of Accessible Co-op {width}" }).ClickAsync();
        await page.Locator("#coop-edit[open]").WaitForAsync();
        await ReviewPageWorld.AssertAccessibleAsync(page, "edit-contact");
        await page.Locator("#coop-edit").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Tab(page, "Introductions");
        await page.Locator("#status").Filter(new() { HasText = "introduction" }).WaitForAsync();
        await ReviewPageWorld.AssertAccessibleAsync(page, "introductions");
        await page.Locator(".email.stuck button").First.ClickAsync();
        await ReviewPageWorld.AssertAccessibleAsync(page, "send-again");
        await page.Locator("#send-again").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Tab(page, "Model");
        await page.Locator("#versions .version").First.WaitForAsync();
        await ReviewPageWorld.AssertAccessibleAsync(page, "model");

        await Tab(page, "Stuck work");
        await page.Locator("#poison-list .poison").First.WaitForAsync();
        await ReviewPageWorld.AssertAccessibleAsync(page, "stuck-work");

        await Tab(page, "Insights");
        await page.Locator("#funnel .bar-row").First.WaitForAsync();
        await ReviewPageWorld.AssertAccessibleAsync(page, "insights");
    }

    private static Task Tab(IPage page, string name) => page.GetByRole(AriaRole.Tab, new() { Name = name }).ClickAsync();
}
