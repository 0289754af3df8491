using System.Net;
using System.Text.RegularExpressions;
using Matchmaker.Profiles.Consents;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>How the newcomer pages and their files are served: types, the self-only policy, size, and nothing else.</summary>
[Collection(NewcomerPagesShareOneApp.Name)]
public sealed partial class NewcomerPageServingTests(NewcomerPagesWorld world)
{
    [Fact]
    public async Task The_pages_and_their_files_are_served_with_their_types_and_a_self_only_policy_small_and_nothing_else_is()
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = world.App.Client.BaseAddress };
        using var root = await noRedirects.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/api/start", root.Headers.Location?.OriginalString);

        foreach (var page in new[] { "start", "join", "me" })
        {
            using var html = await world.App.Client.GetAsync($"/api/{page}");
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
                using var response = await world.App.Client.GetAsync($"/api/{page}/{file}");
                Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
                var content = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("innerHTML", content, StringComparison.Ordinal);
                size += content.Length;
            }

            Assert.True(size < 100 * 1024, $"The {page} page's own script and stylesheet are {size} bytes, over 100 KB.");
            Assert.Equal(HttpStatusCode.NotFound, (await world.App.Client.GetAsync($"/api/{page}/{page}.html")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await world.App.Client.GetAsync("/api/start/me.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.App.Client.GetAsync("/api/site/appsettings.json")).StatusCode);
        using var site = await world.App.Client.GetAsync("/api/site/site.js");
        Assert.Equal("text/javascript", site.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("innerHTML", await site.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The consent wording names the privacy text version the API records with each choice.
        Assert.Contains(ConsentLog.PolicyVersion, await world.App.Client.GetStringAsync("/api/join"), StringComparison.Ordinal);
        Assert.Contains(ConsentLog.PolicyVersion, await world.App.Client.GetStringAsync("/api/me"), StringComparison.Ordinal);
    }

    [GeneratedRegex("(src|href|action)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
