using System.Net;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>The per-caller limit, in an app of its own: every request of the tests comes from one address.</summary>
public sealed class SignInCallerLimitTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task The_twenty_first_request_from_one_caller_within_an_hour_answers_429_and_sends_nothing()
    {
        var first = $"{Guid.NewGuid():N}@example.org";
        await world.CreateConfirmedProfileAsync(TestProfiles.Valid() with { Email = first });
        Assert.Equal(HttpStatusCode.Accepted, (await world.SendAsync(HttpMethod.Post, "/api/sign-in", null, new { email = first })).StatusCode);
        for (var i = 1; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await world.SendAsync(HttpMethod.Post, "/api/sign-in", null, new { email = $"{Guid.NewGuid():N}@example.org" })).StatusCode);
        }

        var sent = world.App.Outbox.All().Count;
        var refused = await world.SendAsync(HttpMethod.Post, "/api/sign-in", null, new { email = first });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter!.Delta!.Value > TimeSpan.Zero);
        Assert.Equal(sent, world.App.Outbox.All().Count);
    }
}
