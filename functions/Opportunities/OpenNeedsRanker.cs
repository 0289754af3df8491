using Matchmaker.Matching;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Needs;
using Matchmaker.Profiles;
using Matchmaker.Ranking;

namespace Matchmaker.Opportunities;

/// <summary>
/// Ranks every open need for one person with the live model: what their matches and their advice start
/// from. Besides the person's own profile only the public needs are read, so nothing about anyone else
/// can reach the answer.
/// </summary>
public sealed class OpenNeedsRanker(NeedStore needs, ActiveRankingModel model, Taxonomy taxonomy, TimeProvider time)
{
    /// <returns>The ranked needs; null when no model is live yet.</returns>
    public async Task<RankedOpenNeeds?> RankAsync(ProfileEntity profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (await model.GetAsync(cancellationToken) is not { } live)
        {
            return null;
        }

        var open = await needs.AllOpenAsync(cancellationToken);
        var person = MatchingProjections.Of(profile);
        var projections = open.Select(MatchingProjections.Of).ToList();
        var ranking = new PersonRanking(taxonomy, live.Model, person, projections, time.GetUtcNow(), CurrencySymbol.Of(profile.IncomeCurrency));
        return new RankedOpenNeeds(person, open.ToDictionary(n => n.Id, StringComparer.Ordinal), projections, ranking);
    }
}
