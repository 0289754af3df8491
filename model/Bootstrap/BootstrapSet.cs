using Matchmaker.Model.Matching;

namespace Matchmaker.Model.Bootstrap;

/// <summary>Fictional needs and people, and each need's candidates with their grades.</summary>
public sealed record BootstrapSet(IReadOnlyList<NeedProjection> Needs, IReadOnlyList<PersonProjection> People, IReadOnlyList<GradedPair> Pairs);
