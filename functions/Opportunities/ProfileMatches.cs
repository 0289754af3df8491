using Matchmaker.Coops;
using Matchmaker.Needs;
using Matchmaker.Profiles;

namespace Matchmaker.Opportunities;

/// <summary>Open needs ranked live for one person by the live model, best first, the shown ones with reasons.</summary>
public sealed class ProfileMatches(ProfileStore profiles, OpenNeedsRanker ranker, CoopSummaries coops)
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

        if (await ranker.RankAsync(profile, cancellationToken) is not { } ranked)
        {
            return null;
        }

        var shown = ranked.Ranking.Needs.Take(limit).ToList();
        var reasons = ranked.Ranking.ReasonsFor(shown);
        var summaries = await coops.OfAsync(shown.Select(m => ranked.Needs[m.Need.Id].CoopId), cancellationToken);
        return new([.. shown.Select(match =>
        {
            var need = ranked.Needs[match.Need.Id];
            return new MatchView(NeedMapper.ToView(need, summaries[need.CoopId]), match.Score, reasons[need.Id], IncomeFit.Of(profile, need));
        })]);
    }
}
