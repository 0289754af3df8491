namespace Matchmaker.Matching;

/// <summary>A kept candidate with its score breakdown (feature: contribution) and its reasons in plain words.</summary>
public sealed record ExplainedSuggestion(RankedCandidate Candidate, IReadOnlyDictionary<string, float> Breakdown, IReadOnlyList<string> Reasons);
