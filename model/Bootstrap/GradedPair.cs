namespace Matchmaker.Model.Bootstrap;

/// <summary>A person judged for a need: grade 0 (no fit) to 3 (strong fit), as a coordinator's decision would be.</summary>
public sealed record GradedPair(int Need, int Person, int Grade);
