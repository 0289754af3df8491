using System.Net;
using System.Net.Http.Json;
using Matchmaker.Platform.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>The hourly limit of sign-ups per caller at its default of 20, whatever the addresses.</summary>
public sealed class CallerSignUpLimitTests(CallerSignUpLimitTests.World world) : IClassFixture<CallerSignUpLimitTests.World>
{
    [Fact]
    public async Task Two_hundred_sign_ups_for_two_hundred_addresses_from_one_caller_send_twenty_emails_and_refuse_the_rest()
    {
        world.Clock.Advance(TimeSpan.FromHours(1));
        var emails = Enumerable.Range(0, 200).Select(_ => $"{EntityId.New()}@example.org").ToList();

        var answers = new List<(string Email, HttpStatusCode Status)>();
        foreach (var email in emails)
        {
            var answer = await world.App.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid() with { Email = email });
            answers.Add((email, answer.StatusCode));
        }

        Assert.Equal(20, answers.Count(a => a.Status == HttpStatusCode.Created));
        Assert.All(answers.Skip(20), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.Status));
        var sentTo = world.App.Outbox.All().Select(mail => mail.Header("To")).ToList();
        Assert.Equal(20, emails.Sum(e => sentTo.Count(to => to.Contains(e, StringComparison.OrdinalIgnoreCase))));
        Assert.All(answers.Skip(20), a => Assert.DoesNotContain(sentTo, to => to.Contains(a.Email, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_forwarded_header_is_not_believed_from_a_caller_that_is_not_a_trusted_proxy()
    {
        world.Clock.Advance(TimeSpan.FromHours(1));
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 21; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/profiles")
            {
                Content = JsonContent.Create(TestProfiles.Valid() with { Email = $"{EntityId.New()}@example.org" }),
            };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            answers.Add((await world.App.Client.SendAsync(request)).StatusCode);
        }

        Assert.Equal(20, answers.Count(a => a == HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    /// <summary>An app with the per-caller limit at its default, and its own storage account (its counts are its own).</summary>
    public sealed class World : ApiWorld
    {
        protected override IEnumerable<string> Settings => [.. base.Settings, "--Matchmaker:Limits:SignUpsPerCallerPerHour=20"];

        /// <summary>Stands mid-hour, so every request of a test falls in one hour; each test moves it on an hour to start a count of its own.</summary>
        public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }
}
