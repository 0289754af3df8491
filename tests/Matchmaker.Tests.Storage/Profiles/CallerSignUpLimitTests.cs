using System.Net;
using System.Net.Http.Json;
using Matchmaker.Platform.Common;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>The hourly limit of sign-ups per caller at its default of 20, whatever the addresses.</summary>
public sealed class CallerSignUpLimitTests(CallerSignUpLimitTests.World world) : IClassFixture<CallerSignUpLimitTests.World>
{
    [Fact]
    public async Task Thirty_sign_ups_for_thirty_addresses_from_one_caller_send_twenty_emails_and_refuse_the_rest()
    {
        var emails = Enumerable.Range(0, 30).Select(_ => $"{EntityId.New()}@example.org").ToList();

        var answers = new List<(string Email, HttpStatusCode Status)>();
        foreach (var email in emails)
        {
            var answer = await world.App.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid() with { Email = email });
            answers.Add((email, answer.StatusCode));
        }

        Assert.Equal(20, answers.Count(a => a.Status == HttpStatusCode.Created));
        Assert.All(answers.Skip(20), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.Status));
        Assert.Equal(20, emails.Sum(e => world.App.Outbox.To(e).Count));
        Assert.All(answers.Skip(20), a => Assert.Empty(world.App.Outbox.To(a.Email)));
    }

    /// <summary>An app with the per-caller limit at its default, and its own storage account (its counts are its own).</summary>
    public sealed class World : ApiWorld
    {
        protected override IEnumerable<string> Settings => [.. base.Settings, "--Matchmaker:Limits:SignUpsPerCallerPerHour=20"];
    }
}
