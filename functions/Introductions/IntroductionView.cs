namespace Matchmaker.Introductions;

/// <summary>An introduction as coordinators see it: ids, answers, dates and each email's state; no contact data.</summary>
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
    IReadOnlyDictionary<string, string> Emails);
