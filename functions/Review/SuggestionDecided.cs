namespace Matchmaker.Review;

/// <summary>The answer to a decision: the suggestion's id, its new status, and when it was decided.</summary>
public sealed record SuggestionDecided(string Id, string Status, DateTimeOffset DecidedAt);
