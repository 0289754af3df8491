namespace Matchmaker.Matching.Suggestions;

/// <summary>
/// A suggestion as coordinators review it: the pair's ids, the model's score, its reasons and breakdown,
/// and summaries of the need and the person (null when that record is gone, e.g. erased).
/// </summary>
public sealed record SuggestionView(
    string Id,
    string NeedId,
    string ProfileId,
    double Score,
    int Rank,
    IReadOnlyList<string> Reasons,
    IReadOnlyDictionary<string, double> Breakdown,
    string Status,
    string ModelVersion,
    DateTimeOffset SuggestedAt,
    NeedSummary? Need = null,
    PersonSummary? Person = null);
