using Matchmaker.Model.Matching;
using Matchmaker.Needs;

namespace Matchmaker.Opportunities;

/// <summary>The open needs, by id and as projections, ranked for one person.</summary>
public sealed record RankedOpenNeeds(
    PersonProjection Person, IReadOnlyDictionary<string, NeedEntity> Needs, IReadOnlyList<NeedProjection> Projections, PersonRanking Ranking);
