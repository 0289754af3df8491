using System.Net;
using Matchmaker.Introductions;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>In a world of its own: the throttle blocks the test's one address for a minute.</summary>
public sealed class ResponseThrottleTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task After_ten_links_that_are_not_valid_from_one_address_within_a_minute_it_gets_429()
    {
        var id = IntroductionIds.Of("no-such-suggestion");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < BadTokenThrottle.Limit + 1; i++)
        {
            answers.Add((await world.SendAsync(HttpMethod.Get, $"/api/introductions/{id}/respond?token=guess{i}", null)).StatusCode);
        }

        var posted = await world.SendAsync(HttpMethod.Post, $"/api/introductions/{id}/respond", null, new { token = "guess", answer = "accept" });

        Assert.All(answers.Take(BadTokenThrottle.Limit), status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, posted.StatusCode);
    }
}
