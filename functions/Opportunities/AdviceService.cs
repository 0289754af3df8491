using Matchmaker.Coops;
using Matchmaker.Model.Advice;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Profiles;

namespace Matchmaker.Opportunities;

/// <summary>
/// The income portfolio and learning advice for one person, from the open needs scored live by the live
/// model exactly as their matches are (<see cref="OpenNeedsRanker"/>).
/// </summary>
public sealed class AdviceService(ProfileStore profiles, OpenNeedsRanker ranker, Taxonomy taxonomy, CoopStore coops)
{
    /// <returns>The advice; empty for a profile that cannot be matched; null when no model is live yet.</returns>
    public async Task<AdviceView?> ForAsync(string profileId, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(profileId, cancellationToken);
        if (profile is not { Status: ProfileStatus.Active, ConsentMatching: true })
        {
            return AdviceView.NotMatched(profile?.IncomeCurrency ?? "GBP", profile?.DaysPerWeek ?? 0);
        }

        if (await ranker.RankAsync(profile, cancellationToken) is not { } ranked)
        {
            return null;
        }

        // Pay in another currency than the target's cannot be added to it: Matchmaker holds no exchange rates.
        var comparable = ranked.Ranking.Needs
            .Where(r => NeedPay.DayRate(r.Need) is null || IncomeMath.Comparable(r.Need.PayCurrency, ranked.Person.IncomeCurrency))
            .ToList();
        var advice = AdviceBuilder.Build(
            ranked.Person, [.. comparable.Select(r => new ScoredNeed(r.Need, r.Score))], ranked.Projections, taxonomy, CurrencySymbol.Of(profile.IncomeCurrency));
        var inPortfolio = advice.Portfolio.Needs.Select(n => n.Need.Id).ToHashSet(StringComparer.Ordinal);
        var reasons = ranked.Ranking.ReasonsFor([.. comparable.Where(r => inPortfolio.Contains(r.Need.Id))]);
        // Co-ops are tens: one read gives every name the advice shows and every public profile that teaches.
        var all = (await coops.AllAsync(cancellationToken)).ToDictionary(c => c.Id, StringComparer.Ordinal);
        advice = ProfileTeachers.Add(advice, all.Values);
        return AdviceView.Of(advice, profile.IncomeCurrency, ranked.Needs, id => reasons[id], id => all.TryGetValue(id, out var coop) ? CoopMapper.ToSummary(coop) : CoopSummary.Unknown(id));
    }
}
