using Microsoft.Playwright;

namespace Matchmaker.Tests.System;

/// <summary>Moving through a page by keyboard alone, as the pages' keyboard journeys do.</summary>
public static class KeyboardOnly
{
    /// <summary>Presses Tab (never a click) until the target has the focus; fails after 200 presses.</summary>
    public static async Task TabToAsync(IPage page, ILocator target)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
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

    /// <summary>Tabs to the element and types the text, key by key.</summary>
    public static async Task TypeIntoAsync(IPage page, string selector, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        await TabToAsync(page, page.Locator(selector));
        await page.Keyboard.TypeAsync(text);
    }
}
