using System.Net;
using Matchmaker.Profiles.Consents;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>How the newcomer pages and their files are served: types, the self-only policy, size, and nothing else.</summary>
[Collection(NewcomerPagesShareOneApp.Name)]
public sealed class NewcomerPageServingTests(NewcomerPagesWorld world)
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
            await ServedPage.AssertSelfContainedAsync(world.App.Client, page);
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
}
