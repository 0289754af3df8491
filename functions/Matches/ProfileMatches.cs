using Matchmaker.Common;
using Matchmaker.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Needs;
using Matchmaker.Profiles;
using Matchmaker.Ranking;

namespace Matchmaker.Matches;

/// <summary>
/// Open needs ranked live for one person by the live model. Only the person's own profile and the public
/// needs are read, so the answer can hold nothing about anyone else.
/// </summary>
public sealed class ProfileMatches(ProfileStore profiles, NeedStore needs, ActiveRankingModel model, Taxonomy taxonomy, TimeProvider time)
{
    /// <returns>The best <paramref name="limit"/> matches; empty for a profile that cannot be matched; null when no model is live yet.</returns>
    public async Task<MatchList?> ForAsync(string profileId, int limit, CancellationToken cancellationToken)
    {
        // Erased between the owner check and now, unconfirmed, or not consenting: there is nothing to match.
        var profile = await profiles.FindAsync(profileId, cancellationToken);
        if (profile is not { Status: ProfileStatus.Active, ConsentMatching: true })
        {
            return MatchList.Empty;
        }

        if (await model.GetAsync(cancellationToken) is not { } live)
        {
            return null;
        }

        var open = await needs.AllOpenAsync(cancellationToken);
        var byId = open.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var ranking = new PersonRanking(taxonomy, live.Model, MatchingProjections.Of(profile), [.. open.Select(MatchingProjections.Of)], time.GetUtcNow(), CurrencySymbol.Of(profile.IncomeCurrency));
        return new([.. ranking.Needs.Take(limit).Select(ranked =>
        {
            var need = byId[ranked.Need.Id];
            return new MatchView(NeedMapper.ToView(need), ranked.Score, ranking.Reasons(ranked), IncomeFit.Of(profile, need));
        })]);
    }
}
