using System.Net;
using System.Net.Http.Json;
using Matchmaker.Platform.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>
/// The per-caller limit behind a proxy the app is told to trust (here the test itself, on 127.0.0.1): each
/// client address the proxy forwards is a caller of its own, and what a client writes into the header is not.
/// </summary>
public sealed class ProxiedCallerLimitTests(ProxiedCallerLimitTests.World world) : IClassFixture<ProxiedCallerLimitTests.World>
{
    [Fact]
    public async Task Twenty_five_people_behind_the_proxy_each_sign_up_and_one_of_them_is_refused_after_twenty()
    {
        var answers = new List<HttpStatusCode>();
        for (var person = 1; person <= 25; person++)
        {
            answers.Add(await SignUpAsync($"198.51.100.{person}"));
        }

        var one = new List<HttpStatusCode>();
        for (var i = 0; i < 21; i++)
        {
            one.Add(await SignUpAsync("203.0.113.9:50123"));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a));
        Assert.Equal(20, one.Count(a => a == HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.TooManyRequests, one[^1]);
    }

    [Fact]
    public async Task A_client_that_writes_its_own_forwarded_address_before_the_proxys_is_still_counted_as_itself()
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 21; i++)
        {
            answers.Add(await SignUpAsync($"192.0.2.{i + 1}, 203.0.113.77"));
        }

        Assert.Equal(20, answers.Count(a => a == HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    private async Task<HttpStatusCode> SignUpAsync(string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/profiles")
        {
            Content = JsonContent.Create(TestProfiles.Valid() with { Email = $"{EntityId.New()}@example.org" }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await world.App.Client.SendAsync(request)).StatusCode;
    }

    /// <summary>An app that trusts 127.0.0.1 as its proxy, with the per-caller limit at its default, on a clock standing mid-hour.</summary>
    public sealed class World : ApiWorld
    {
        protected override IEnumerable<string> Settings =>
            [.. base.Settings, "--Matchmaker:Limits:SignUpsPerCallerPerHour=20", "--Matchmaker:Limits:TrustedProxies=127.0.0.1,::1"];

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<TimeProvider>(new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero)));
    }
}
