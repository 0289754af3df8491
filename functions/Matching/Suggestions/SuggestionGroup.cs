namespace Matchmaker.Matching.Suggestions;

/// <summary>
/// One need's share of the suggestions a filter lets through: how many, and the fit (0-100) of its best, so
/// a coordinator sees every need as one line and opens the ones worth reading.
/// </summary>
/// <param name="Title">Null when the need no longer exists.</param>
/// <param name="CoopName">Null when the need or its co-op no longer exists.</param>
public sealed record SuggestionGroup(string NeedId, string? Title, string? CoopId, string? CoopName, int Count, int? BestFit);
