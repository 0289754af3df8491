using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Review;

/// <summary>The review page by keyboard alone: signing in, moving between tabs, adding a co-op, replacing its key and deciding a suggestion.</summary>
[Collection(ReviewPagesShareOneApp.Name)]
public sealed class ReviewKeyboardTests(ReviewPageWorld world)
{
    [Fact]
    public async Task A_coordinator_adds_a_co_op_replaces_its_key_and_rejects_a_suggestion_without_a_mouse()
    {
        var page = await world.NewPageAsync();
        await page.GotoAsync("/api/review");
        await Assertions.Expect(page.Locator("#key")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(ReviewPageWorld.CoordinatorKey);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#tab-review")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("#tab-coops")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#panel-coops")).ToBeVisibleAsync();
        await page.Locator("#coop-rows tr").First.WaitForAsync();
        await KeyboardOnly.TypeIntoAsync(page, "#create-name", "Keyboard Co-op");
        await KeyboardOnly.TypeIntoAsync(page, "#create-email", "keys@keyboard.example.org");
        await KeyboardOnly.TypeIntoAsync(page, "#create-country", "GB");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#key-shown-copy")).ToBeFocusedAsync();
        var key = await page.Locator("#shown-key").TextContentAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#key-shown-close")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#key-shown")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#coop-create-save")).ToBeFocusedAsync();

        await KeyboardOnly.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Replace key of Keyboard Co-op" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#rotate-cancel")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(page.Locator("#rotate-confirm")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#key-shown-copy")).ToBeFocusedAsync();
        Assert.NotEqual(key, await page.Locator("#shown-key").TextContentAsync());
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#key-shown")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Replace key of Keyboard Co-op" })).ToBeFocusedAsync();

        await KeyboardOnly.TabToAsync(page, page.Locator("#tab-coops"));
        await page.Keyboard.PressAsync("Home");
        await Assertions.Expect(page.Locator("#tab-review")).ToBeFocusedAsync();
        await page.Locator("details.group[open] .card").First.WaitForAsync();
        await page.Keyboard.PressAsync("j");
        var card = page.Locator("details.group[open] .card").First;
        await Assertions.Expect(card).ToBeFocusedAsync();
        var id = await card.GetAttributeAsync("data-id");
        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(page.Locator("#decide-reason")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Rate is off for them.");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#decide-confirm")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator($".card[data-id='{id}']")).ToHaveAttributeAsync("data-status", "rejected");

        var rejected = (await world.SuggestionsAsync("rejected")).Single(s => s.GetProperty("id").GetString() == id);
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Empty(world.Dialogs);
    }
}
