using Matchmaker.Common;
using Matchmaker.Matches;
using Matchmaker.Matching;
using Matchmaker.Model.Advice;
using Matchmaker.Model.Skills;
using Matchmaker.Needs;
using Matchmaker.Profiles;
using Matchmaker.Ranking;

namespace Matchmaker.Advice;

/// <summary>
/// The income portfolio and learning advice for one person, from the open needs scored live by the live
/// model exactly as their matches are (<see cref="PersonRanking"/>). Only the person's own profile and the
/// public needs are read.
/// </summary>
public sealed class AdviceService(ProfileStore profiles, NeedStore needs, ActiveRankingModel model, Taxonomy taxonomy, TimeProvider time)
{
    /// <returns>The advice; empty for a profile that cannot be matched; null when no model is live yet.</returns>
    public async Task<AdviceView?> ForAsync(string profileId, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(profileId, cancellationToken);
        if (profile is not { Status: ProfileStatus.Active, ConsentMatching: true })
        {
            return AdviceView.NotMatched(profile?.IncomeCurrency ?? "GBP", profile?.DaysPerWeek ?? 0);
        }

        if (await model.GetAsync(cancellationToken) is not { } live)
        {
            return null;
        }

        var open = await needs.AllOpenAsync(cancellationToken);
        var byId = open.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var person = MatchingProjections.Of(profile);
        var projections = open.Select(MatchingProjections.Of).ToList();
        var ranking = new PersonRanking(taxonomy, live.Model, person, projections, time.GetUtcNow(), CurrencySymbol.Of(profile.IncomeCurrency));
        // Pay in another currency than the target's cannot be added to it: Matchmaker holds no exchange rates.
        var comparable = ranking.Needs
            .Where(r => NeedPay.DayRate(r.Need) is null || string.Equals(byId[r.Need.Id].DayRateCurrency, profile.IncomeCurrency, StringComparison.OrdinalIgnoreCase))
            .Select(r => new ScoredNeed(r.Need, r.Score))
            .ToList();
        var advice = AdviceBuilder.Build(person, comparable, projections, taxonomy, CurrencySymbol.Of(profile.IncomeCurrency));
        var ranked = ranking.Needs.ToDictionary(r => r.Need.Id, StringComparer.Ordinal);
        return AdviceView.Of(advice, profile.IncomeCurrency, byId, id => ranking.Reasons(ranked[id]));
    }
}
