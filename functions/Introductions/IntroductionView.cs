namespace Matchmaker.Introductions;

/// <summary>
/// An introduction as coordinators see it: ids, answers, dates and each email's state; no contact data.
/// <paramref name="Emails"/> maps each email key to its state; <paramref name="EmailDetails"/> says more of
/// each, in the order they were written, with what to do about one stuck in unknown or failed.
/// <paramref name="NeedTitle"/>, <paramref name="CoopName"/> and <paramref name="PersonName"/> say who and what
/// the ids are, as the review page shows them; each is null once its record is gone (a person erased).
/// </summary>
public sealed record IntroductionView(
    string Id,
    string SuggestionId,
    string NeedId,
    string CoopId,
    string ProfileId,
    string Status,
    string? PersonAnswer,
    string? CoopAnswer,
    string? EndReason,
    DateTimeOffset ApprovedAt,
    DateTimeOffset? AskedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? EndedAt,
    IReadOnlyDictionary<string, string> Emails,
    IReadOnlyList<IntroductionEmailView> EmailDetails,
    string? NeedTitle = null,
    string? CoopName = null,
    string? PersonName = null);
