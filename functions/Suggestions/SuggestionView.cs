namespace Matchmaker.Suggestions;

/// <summary>A suggestion as coordinators review it: the pair's ids, the model's score, its reasons and breakdown.</summary>
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
    DateTimeOffset SuggestedAt);
