namespace Matchmaker.Model.Ranking;

/// <summary>What to train; the fixed seed makes training repeatable.</summary>
public sealed record RankerOptions(RankerKind Kind = RankerKind.FastTree, int Trees = 100, int Leaves = 20, int MinimumExamplesPerLeaf = 10, double LearningRate = 0.2, int Seed = 20261128);
