namespace Matchmaker.Model.Training;

/// <summary>
/// A person judged for a need, with the pair's features as they were when judged.
/// </summary>
/// <param name="GroupKey">The need: all pairs of one need are ranked against each other.</param>
/// <param name="Label">0 (no fit) to 3 (working together).</param>
/// <param name="Features">The pair feature vector, in <see cref="Matching.PairFeature"/> order.</param>
public sealed record LabelledPair(string GroupKey, int Label, float[] Features);
