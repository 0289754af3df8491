using Matchmaker.Model.Matching;

namespace Matchmaker.Model.Advice;

/// <summary>An open need with the live ranking model's score for the person.</summary>
public sealed record ScoredNeed(NeedProjection Need, float Score);
