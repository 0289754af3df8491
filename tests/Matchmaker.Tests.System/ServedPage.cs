using System.Net;
using System.Text.RegularExpressions;

namespace Matchmaker.Tests.System;

/// <summary>What every page the app serves must hold: HTML under a self-only policy, nothing from another origin, no inline script or style, its own css and js small and free of innerHTML, and no other file of its folder served.</summary>
public static partial class ServedPage
{
    public static async Task AssertSelfContainedAsync(HttpClient client, string page)
    {
        using var html = await client.GetAsync($"/api/{page}");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(";", html.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        var markup = await html.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(ExternalReference(), markup);
        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", markup, StringComparison.Ordinal);

        long size = 0;
        foreach (var (file, type) in new[] { ($"{page}.css", "text/css"), ($"{page}.js", "text/javascript") })
        {
            using var response = await client.GetAsync($"/api/{page}/{file}");
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("default-src 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            var content = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("innerHTML", content, StringComparison.Ordinal);
            size += content.Length;
        }

        Assert.True(size < 100 * 1024, $"The {page} page's own script and stylesheet are {size} bytes, over 100 KB.");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/{page}/{page}.html")).StatusCode);
    }

    [GeneratedRegex("(src|href|action)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
