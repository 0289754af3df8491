using Matchmaker.Email.Outbox;

namespace Matchmaker.Introductions;

/// <summary>
/// When a coordinator may have an introduction email sent again: only one whose state is unknown or failed
/// (nothing else is ever repeated), and only while what it says is still true: asking or reminding while the
/// introduction awaits that side's answer, the introduction once connected, the close once it has ended.
/// </summary>
public static class EmailResendRules
{
    /// <summary>Why this email may not be sent again now, in plain words; null when it may.</summary>
    public static string? Refusal(IntroductionEntity introduction, string emailKey, string state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        if (state is not (OutboxStatus.Unknown or OutboxStatus.Failed))
        {
            return $"This email is {state}: only an email whose state is unknown or failed can be sent again.";
        }

        return StillDue(introduction, emailKey, now);
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
