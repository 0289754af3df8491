using Matchmaker.Model.Training;

namespace Matchmaker.Ranking.Decisions;

/// <param name="Features">The pair's features as the suggestion showed them, by feature name.</param>
public sealed record DecisionRecord(
    string NeedId, string ProfileId, DecisionOutcome Outcome, IReadOnlyDictionary<string, float> Features, string ModelVersion);
