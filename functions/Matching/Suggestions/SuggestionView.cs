namespace Matchmaker.Matching.Suggestions;

/// <summary>
/// A suggestion as coordinators review it: the pair's ids, the model's raw score and the readable fit
/// (the score's percentile, 0 to 100, among the scores its model version gave its training set; null when
/// that version kept no scale), its reasons and breakdown, and summaries of the need and the person (null
/// when that record is gone, e.g. erased).
/// </summary>
public sealed record SuggestionView(
    string Id,
    string NeedId,
    string ProfileId,
    double Score,
    int? Fit,
    int Rank,
    IReadOnlyList<string> Reasons,
    IReadOnlyDictionary<string, double> Breakdown,
    string Status,
    string ModelVersion,
    DateTimeOffset SuggestedAt,
    NeedSummary? Need = null,
    PersonSummary? Person = null);
