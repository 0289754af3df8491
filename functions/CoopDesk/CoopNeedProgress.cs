using Matchmaker.Coops;
using Matchmaker.Introductions;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Profiles;
using Microsoft.Extensions.Options;

namespace Matchmaker.CoopDesk;

/// <summary>
/// A co-op's needs, open and closed, each with how far its matches got. Per need it reads the need's own
/// partition of suggestions, then only the introductions of its approved suggestions by id (an
/// introduction's id follows from its suggestion's), so no table is scanned.
/// </summary>
public sealed class CoopNeedProgress(
    NeedStore needs,
    CoopSummaries coops,
    SuggestionStore suggestions,
    IntroductionStore introductions,
    ProfileStore profiles,
    IOptions<NeedOptions> options,
    TimeProvider time)
{
    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<CoopNeedView>> OfCoopAsync(string coopId, CancellationToken cancellationToken)
    {
        var coop = await coops.OfAsync(coopId, cancellationToken);
        var now = time.GetUtcNow();
        var views = new List<CoopNeedView>();
        foreach (var need in (await needs.OfCoopAsync(coopId, cancellationToken))
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id, StringComparer.Ordinal))
        {
            var (counts, connected) = await ProgressAsync(need.Id, cancellationToken);
            views.Add(new CoopNeedView(
                NeedMapper.ToView(need, coop), counts, NeedStaleness.Of(need, options.Value, now), connected, need.ClosedReason, need.ClosedAt));
        }

        return views;
    }

    private async Task<(NeedCounts Counts, IReadOnlyList<string> Connected)> ProgressAsync(string needId, CancellationToken cancellationToken)
    {
        var made = await suggestions.OfNeedAsync(needId, cancellationToken);
        var approved = made.Where(s => s.Status == SuggestionStatus.Approved).ToList();
        var started = (await Task.WhenAll(approved.Select(s => introductions.FindAsync(IntroductionIds.Of(s.Id), cancellationToken))))
            .OfType<IntroductionEntity>()
            .ToList();
        var names = new List<string>();
        foreach (var introduction in started.Where(BothAccepted).OrderBy(i => i.UpdatedAt))
        {
            // An erased person's profile is gone, and their name with it.
            if (await profiles.FindAsync(introduction.ProfileId, cancellationToken) is { } person)
            {
                names.Add(person.Name);
            }
        }

        var counts = new NeedCounts(
            made.Count,
            approved.Count,
            started.Count(i => i.AskedAt is not null),
            started.Count(i => i.Status == IntroductionStatus.Connected));
        return (counts, names);
    }

    private static bool BothAccepted(IntroductionEntity introduction) =>
        introduction.PersonAnswer == IntroductionAnswer.Accept && introduction.CoopAnswer == IntroductionAnswer.Accept;
}
