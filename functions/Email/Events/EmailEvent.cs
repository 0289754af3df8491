namespace Matchmaker.Email.Events;

/// <summary>
/// One event as read from a batch. <see cref="Email"/> is the only personal datum: it is used for the
/// suppression list and stored only as a keyed hash.
/// </summary>
/// <param name="Category">SendGrid categories (one or several), joined and cut to a bounded length.</param>
/// <param name="IntroductionId">The <c>introductionId</c> custom arg that the introduction emails carry.</param>
/// <param name="EmailKey">The <c>emailKey</c> custom arg: which email of the introduction.</param>
public sealed record EmailEvent(
    string EventId,
    string Type,
    DateTimeOffset? OccurredAt,
    string? Email,
    string? Category,
    string? IntroductionId,
    string? EmailKey,
    string? MessageId);
