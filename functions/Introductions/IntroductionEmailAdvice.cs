using Matchmaker.Email.Outbox;

namespace Matchmaker.Introductions;

/// <summary>What the page tells a coordinator about an email stuck in unknown or failed; nothing for any other state.</summary>
public static class IntroductionEmailAdvice
{
    public const string Suppressed = "suppressed";

    public static string? For(OutboxEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Status switch
        {
            OutboxStatus.Unknown =>
                "SendGrid may have sent this: check its activity feed before sending again.",
            OutboxStatus.Failed when row.LastError == Suppressed =>
                "The address unsubscribed, bounced or reported spam, so it is never emailed again; sending again will not reach it.",
            OutboxStatus.Failed =>
                $"Not sent: refused for good ({row.LastError ?? "no reason given"}). Fix the cause (the address, the SendGrid key or the template), then send again.",
            _ => null,
        };
    }

    public static IntroductionEmailView View(OutboxEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var side = row.RowKey.EndsWith($"-{IntroductionSide.Coop}", StringComparison.Ordinal) ? IntroductionSide.Coop : IntroductionSide.Person;
        var tried = row.Attempts > 0;
        return new(row.RowKey, side, row.Status, tried ? row.Attempts : null, tried ? row.UpdatedAt : null, row.LastError, For(row), row.SentAgainAt);
    }
}
