using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>The per-caller limit at its default, in an app of its own: every request of the tests comes from one address.</summary>
public sealed class SignInCallerLimitTests(SignInCallerLimitTests.World world) : IClassFixture<SignInCallerLimitTests.World>
{
    [Fact]
    public async Task Sign_ups_and_sign_in_requests_count_together_and_the_twenty_first_from_one_caller_within_an_hour_answers_429_and_sends_nothing()
    {
        var first = $"{Guid.NewGuid():N}@example.org";
        await world.CreateConfirmedProfileAsync(TestProfiles.Valid() with { Email = first });
        Assert.Equal(HttpStatusCode.Accepted, (await world.SendAsync(HttpMethod.Post, "/api/sign-in", null, new { email = first })).StatusCode);
        for (var i = 2; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await world.SendAsync(HttpMethod.Post, "/api/sign-in", null, new { email = $"{Guid.NewGuid():N}@example.org" })).StatusCode);
        }

        var sent = world.App.Outbox.All().Count;
        var refused = await world.SendAsync(HttpMethod.Post, "/api/sign-in", null, new { email = first });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter!.Delta!.Value > TimeSpan.Zero);
        Assert.Equal(sent, world.App.Outbox.All().Count);
    }

    /// <summary>An app with the per-caller limit at its default, and its own storage account (its counts are its own).</summary>
    public sealed class World : ApiWorld
    {
        protected override IEnumerable<string> Settings => [.. base.Settings, "--Matchmaker:Limits:SignUpsPerCallerPerHour=20"];

        // The counts are per clock hour: a clock standing mid-hour keeps every request of a test in one hour.
        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<TimeProvider>(new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero)));
    }
}
