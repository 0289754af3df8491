using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System;

/// <summary>axe on a page's current state, as every page's tests run it.</summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    // Only violations are wanted: axe then keeps one node of each passing or inapplicable rule rather than
    // all of them, which is most of a run's time on a long page, and finds the same violations.
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>
    /// Fails with every serious or critical axe violation and with any sideways scroll, after keeping a
    /// full-page screenshot named for the state and width in <paramref name="folder"/>.
    /// </summary>
    public static async Task AssertAsync(IPage page, string state, string folder)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(ViolationsOnly);
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        var width = page.ViewportSize!.Width;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{state}-{width}.png"), FullPage = true });
        Assert.True(
            blocking.Count == 0,
            $"Serious or critical accessibility violations on '{state}' at {width} px: " +
            string.Join("; ", blocking.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
        Assert.True(await page.EvaluateAsync<bool>($"document.documentElement.scrollWidth <= {width}"), $"'{state}' scrolls sideways at {width} px.");
    }
}
