using System.Net;
using System.Text.RegularExpressions;

namespace Matchmaker.Tests.System;

/// <summary>What every page the app serves must hold: HTML under a self-only policy, nothing from another origin, no inline script or style, its own stylesheets and scripts small and free of innerHTML, and no other file of its folder served.</summary>
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

        // The page's own files: those its markup references under /api/{page}/ (at least {page}.css and {page}.js).
        var files = OwnFiles().Matches(markup).Where(m => m.Groups["page"].Value == page).Select(m => m.Groups["file"].Value).ToList();
        Assert.Contains($"{page}.css", files);
        Assert.Contains($"{page}.js", files);
        long size = 0;
        foreach (var file in files)
        {
            var type = file.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript";
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

    [GeneratedRegex("(src|href)=\"/api/(?<page>[a-z]+)/(?<file>[a-z-]+\\.(css|js))\"")]
    private static partial Regex OwnFiles();

    [GeneratedRegex("(src|href|action)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
