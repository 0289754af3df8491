using Matchmaker.Needs;

namespace Matchmaker.Opportunities;

/// <summary>An open need ranked for the person: the public need, the model's score, its reasons, and what it pays against the target.</summary>
public sealed record MatchView(NeedView Need, float Score, IReadOnlyList<string> Reasons, IncomeFit IncomeFit);
