namespace Matchmaker.Introductions;

/// <summary>
/// One email of an introduction as the coordinators' page shows it: which, to which side, its outbox state,
/// and for an email stuck in unknown or failed what to do about it. Never an address.
/// </summary>
/// <param name="Kind">The email key, as in <c>POST /introductions/{id}/emails/{kind}/send-again</c>: ask-person, closed-coop, ...</param>
/// <param name="To">person or coop.</param>
/// <param name="Attempts">How many times a send was started; null before the first.</param>
/// <param name="LastAttemptAt">When the row last changed after a send was started.</param>
/// <param name="LastError">The mail service's status code or failure kind of the last try (suppressed, timeout, 400, ...).</param>
/// <param name="Action">For unknown or failed: what a coordinator should do, in plain words.</param>
/// <param name="SentAgainAt">When a coordinator last asked for it to be sent again.</param>
public sealed record IntroductionEmailView(
    string Kind,
    string To,
    string State,
    int? Attempts,
    DateTimeOffset? LastAttemptAt,
    string? LastError,
    string? Action,
    DateTimeOffset? SentAgainAt);
