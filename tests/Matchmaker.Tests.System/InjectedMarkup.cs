using Microsoft.Playwright;

namespace Matchmaker.Tests.System;

/// <summary>
/// Hostile text a page showed, looked for as markup in the whole document: an element of a kind the page never
/// makes, an event-handler or <c>javascript:</c> attribute, a script beyond the page's own, children under an
/// element meant to hold text only, or the traces of the markers strings can carry (an element of class
/// <c>injected</c>, <c>window.injected</c> set by a handler that ran).
/// </summary>
public static class InjectedMarkup
{
    /// <summary>Strings whose markup, if parsed, leaves a trace <see cref="FindAsync"/> reports even on a page that makes such elements.</summary>
    public static IReadOnlyList<string> Markers { get; } =
    [
        "<i class=\"injected\">marker</i>",
        "<img class=\"injected\" src=\"x\" onerror=\"window.injected = true\">",
        "\"><svg class=\"injected\" onload=\"window.injected = true\"></svg>",
    ];

    /// <summary>What became markup, comma-separated; empty when nothing did.</summary>
    /// <param name="made">The tag names (upper case) of every element the page makes itself.</param>
    /// <param name="scripts">How many scripts the page loads.</param>
    /// <param name="textOnly">Selectors of the elements that show the text: each must match, and hold no element.</param>
    public static Task<string> FindAsync(IPage page, IEnumerable<string> made, int scripts, params string[] textOnly)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>(Script, new { made = made.ToArray(), scripts, textOnly });
    }

    /// <summary>The start of a string for a failure message, quoted, its control characters escaped.</summary>
    public static string Excerpt(string text) =>
        $"\"{string.Concat(text.Take(40).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()))}\"";

    private const string Script = """
        ({ made, scripts, textOnly }) => {
          const kinds = new Set(made);
          const found = [];
          for (const e of document.querySelectorAll("*")) {
            if (!kinds.has(e.tagName)) found.push(e.tagName);
            for (const a of e.attributes) if (a.name.startsWith("on") || a.value.trim().toLowerCase().startsWith("javascript:")) found.push(`${e.tagName}[${a.name}]`);
          }
          if (document.scripts.length !== scripts) found.push(`${document.scripts.length} scripts`);
          for (const selector of textOnly) {
            const shown = [...document.querySelectorAll(selector)];
            if (shown.length === 0) found.push(`nothing at ${selector}`);
            if (shown.some(e => e.children.length)) found.push(`children under ${selector}`);
          }
          const markers = document.querySelectorAll(".injected").length;
          if (markers) found.push(`${markers} elements of class injected`);
          if (window.injected !== undefined) found.push("window.injected set");
          return found.join(", ");
        }
        """;
}
