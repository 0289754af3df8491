using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Matchmaker.Introductions;
using Matchmaker.Review;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>Without a SendGrid key the whole introduction is written to the eml folder as .eml files, with the same states.</summary>
public sealed partial class OutboxFolderFlowTests(IntroductionFolderWorld world) : IClassFixture<IntroductionFolderWorld>
{
    [Fact]
    public async Task Approval_asking_both_answers_and_the_introduction_all_land_in_the_eml_folder()
    {
        var introduced = await world.SuggestedAsync();
        var approved = await world.SendAsync(HttpMethod.Post, $"/api/suggestions/{introduced.SuggestionId}/approve", ApiWorld.CoordinatorKey, new ApproveInput("Say hello."));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        await Eventually.TrueAsync(() => Task.FromResult(world.App.Outbox.To(introduced.PersonEmail).Count == 1 && world.App.Outbox.To(introduced.CoopEmail).Count == 1), "both asks are in the folder");
        foreach (var address in new[] { introduced.PersonEmail, introduced.CoopEmail })
        {
            var text = world.App.Outbox.To(address).Single().Parts.First(p => p.ContentType.StartsWith("text/plain", StringComparison.Ordinal)).Text;
            var token = Token().Match(text).Groups[1].Value;
            Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Post, $"/api/introductions/{introduced.IntroductionId}/respond", null, new { token, answer = "accept" })).StatusCode);
        }

        await Eventually.TrueAsync(() => Task.FromResult(world.App.Outbox.To(introduced.PersonEmail).Count == 2 && world.App.Outbox.To(introduced.CoopEmail).Count == 2), "both introductions are in the folder");
        var toPerson = world.App.Outbox.To(introduced.PersonEmail)[^1];
        Assert.Contains(introduced.CoopEmail, toPerson.Raw, StringComparison.Ordinal);
        Assert.Contains(introduced.IntroductionId, toPerson.Header("X-Custom-Args"), StringComparison.Ordinal);
        // The step records "connected" after it has sent both introductions, so the listing may lag the folder a moment.
        await Eventually.TrueAsync(
            async () => (await (await world.SendAsync(HttpMethod.Get, "/api/introductions?status=connected", ApiWorld.CoordinatorKey)).Content.ReadAsStringAsync()).Contains(introduced.IntroductionId, StringComparison.Ordinal),
            "the introduction is listed as connected");
    }

    [GeneratedRegex(@"token=([A-Za-z0-9_%-]+)&answer=accept")]
    private static partial Regex Token();
}
