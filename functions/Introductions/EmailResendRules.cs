using Matchmaker.Email.Outbox;

namespace Matchmaker.Introductions;

/// <summary>
/// When a coordinator may have an introduction email sent again: only one whose state is unknown or failed
/// (nothing else is ever repeated), or one set to be sent again whose queueing was lost, and only while what
/// it says is still true: asking or reminding while the
/// introduction awaits that side's answer, the introduction once connected, the close once it has ended.
/// </summary>
public static class EmailResendRules
{
    /// <summary>
    /// How long an email set to be sent again may stay pending before it counts as stalled: its queue message
    /// was lost (the queueing failed after the email was set back to pending), so asking again re-queues it.
    /// A queued one is sent in seconds; a second message for an email that is still to go sends nothing more.
    /// </summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromMinutes(1);

    /// <summary>Why this email may not be sent again now, in plain words; null when it may.</summary>
    public static string? Refusal(IntroductionEntity introduction, string emailKey, OutboxEntity row, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        ArgumentNullException.ThrowIfNull(row);
        if (row.Status is not (OutboxStatus.Unknown or OutboxStatus.Failed) && !IsStalled(row, now))
        {
            return $"This email is {row.Status}: only an email whose state is unknown or failed can be sent again.";
        }

        return StillDue(introduction, emailKey, now);
    }

    /// <summary>Set to be sent again over <see cref="StalledAfter"/> ago and still pending.</summary>
    public static bool IsStalled(OutboxEntity row, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Status == OutboxStatus.Pending && row.SentAgainAt is { } asked && now - asked >= StalledAfter;
    }

    /// <summary>Why what the email says is no longer true, whatever its state; null while it is.</summary>
    public static string? StillDue(IntroductionEntity introduction, string emailKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        if (!IntroductionEmailKeys.TryParse(emailKey, out var what, out var side))
        {
            return "Not an email of an introduction.";
        }

        return what switch
        {
            IntroductionEmailKeys.Ask or IntroductionEmailKeys.Reminder when introduction.Status != IntroductionStatus.Awaiting || now >= introduction.ExpiresAt =>
                $"The introduction is {introduction.Status}{(now >= introduction.ExpiresAt ? " and its answers were due by now" : "")}: the links in this email would no longer work.",
            IntroductionEmailKeys.Ask or IntroductionEmailKeys.Reminder when introduction.AnswerOf(side) != IntroductionAnswer.None =>
                $"The {side} side has answered already.",
            IntroductionEmailKeys.Connected when introduction.Status != IntroductionStatus.Connected =>
                $"The introduction is {introduction.Status}, not connected.",
            IntroductionEmailKeys.Closed when IntroductionStatus.IsOpen(introduction.Status) =>
                $"The introduction is still {introduction.Status}: it has not ended.",
            _ => null,
        };
    }
}
