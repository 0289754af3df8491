using Azure;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Model.Skills;
using Matchmaker.Needs;
using Matchmaker.Profiles;
using Matchmaker.Ranking;

namespace Matchmaker.Matching;

/// <summary>
/// After a profile changes: a person who can no longer be matched (erased, unconfirmed, or no longer
/// consenting) loses their pending suggestions; anyone else has the open needs they may fit, or already
/// have a suggestion for, queued for re-matching. Need matching decides the rest, so both directions end in
/// the rows one need run writes.
/// </summary>
public sealed class ProfileMatcher(
    ProfileStore profiles, NeedStore needs, SuggestionStore suggestions, RematchRequests queue, ActiveRankingModel model, Taxonomy taxonomy)
{
    public async Task MatchAsync(string profileId, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(profileId, cancellationToken);
        var current = await suggestions.OfProfileAsync(profileId, cancellationToken);
        if (profile is not { Status: ProfileStatus.Active, ConsentMatching: true })
        {
            await WithdrawPendingAsync(current, cancellationToken);
            return;
        }

        if (await model.GetAsync(cancellationToken) is null)
        {
            return;
        }

        var person = MatchingProjections.Of(profile);
        var keys = person.Skills.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var suggested = current.Select(s => s.NeedId).ToHashSet(StringComparer.Ordinal);
        foreach (var need in await needs.AllOpenAsync(cancellationToken))
        {
            if (suggested.Contains(need.Id) || MayFit(MatchingProjections.Of(need), keys))
            {
                await queue.QueueAsync(need, cancellationToken);
            }
        }
    }

    // The same reach as CandidateFinder: a required, nice-to-have or neighbouring skill.
    private bool MayFit(Model.Matching.NeedProjection need, HashSet<string> keys) =>
        need.RequiredSkills.Any(s => keys.Contains(s.Key) || taxonomy.Neighbours(s.Key).Any(keys.Contains))
        || need.NiceToHave.Any(keys.Contains);

    private async Task WithdrawPendingAsync(IEnumerable<SuggestionEntity> mirrors, CancellationToken cancellationToken)
    {
        foreach (var mirror in mirrors.Where(s => s.Status == SuggestionStatus.Pending))
        {
            if (await suggestions.FindAsync(mirror.NeedId, mirror.ProfileId, cancellationToken) is not { Status: SuggestionStatus.Pending } suggestion)
            {
                continue;
            }

            try
            {
                await suggestions.DeleteAsync(suggestion, cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status is 404 or 412)
            {
                continue;
            }

            if (await needs.FindAsync(mirror.NeedId, cancellationToken) is { Status: NeedStatus.Open } need)
            {
                await queue.QueueAsync(need, cancellationToken);
            }
        }
    }
}
