using System.Net;
using Matchmaker.Introductions;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>The reminder and the deadline, with seconds standing in for the three and seven days.</summary>
public sealed class IntroductionDeadlineTests(ShortDeadlineWorld world) : IClassFixture<ShortDeadlineWorld>
{
    [Fact]
    public async Task Whoever_has_not_answered_is_reminded_once_and_at_the_deadline_both_are_told_it_lapsed()
    {
        var introduced = await world.ApprovedAsync();
        var asked = await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked");
        var toCoop = asked.Single(m => m.To == introduced.CoopEmail);
        Assert.Equal(HttpStatusCode.OK, (await world.RespondAsync(introduced.IntroductionId, asked.Single(m => m.To == introduced.PersonEmail).Token, "accept")).StatusCode);

        var reminded = await world.MailsAsync(introduced.IntroductionId, m => m.Any(x => x.EmailKey == "reminder-coop"), "the co-op is reminded");
        var reminder = Assert.Single(reminded, m => m.EmailKey == "reminder-coop");
        Assert.Equal(introduced.CoopEmail, reminder.To);
        Assert.StartsWith("Reminder:", reminder.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(reminded, m => m.EmailKey == "reminder-person");

        var ended = await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Expired, "the introduction expires");
        Assert.Equal("expired", ended.EndReason);
        var all = await world.MailsAsync(introduced.IntroductionId, m => m.Count(x => x.EmailKey!.StartsWith("closed-", StringComparison.Ordinal)) == 2, "both are told");
        Assert.All(all.Where(m => m.EmailKey!.StartsWith("closed-", StringComparison.Ordinal)), m => Assert.Contains("has lapsed", m.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(all, m => m.EmailKey!.StartsWith("connected-", StringComparison.Ordinal));
        Assert.Single(all, m => m.EmailKey == "reminder-coop");

        var late = await world.RespondAsync(introduced.IntroductionId, toCoop.Token, "accept");
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal(IntroductionAnswer.None, (await world.Introductions.FindAsync(introduced.IntroductionId, default))!.CoopAnswer);
    }
}
