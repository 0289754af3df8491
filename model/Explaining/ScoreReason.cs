using Matchmaker.Model.Matching;

namespace Matchmaker.Model.Explaining;

/// <summary>One plain-words reason for a score: the feature it explains, that feature's contribution, and the sentence.</summary>
public sealed record ScoreReason(PairFeature Feature, float Contribution, string Text);
