using Matchmaker.Coops;
using Matchmaker.Needs;
using Matchmaker.Ranking;

namespace Matchmaker.Matching.Suggestions;

/// <summary>
/// Counts the suggestions a filter lets through by need, so that hundreds of pending suggestions read as a
/// list of needs; the suggestions themselves are then paged need by need.
/// </summary>
public sealed class SuggestionGroups(SuggestionBrowser browser, NeedStore needs, CoopStore coops, ModelFitScales fitScales)
{
    // Orders a need's suggestions so that Min picks the best, in the list's own order.
    private static readonly IComparer<SuggestionEntity> BestFirst = Comparer<SuggestionEntity>.Create(SuggestionOrder.Compare);

    public async Task<SuggestionGroupList> ListAsync(SuggestionFilter filter, CancellationToken cancellationToken)
    {
        var byNeed = (await browser.MatchingAsync(filter, cancellationToken))
            .GroupBy(s => s.NeedId, StringComparer.Ordinal)
            .Select(g => (Best: g.Min(BestFirst)!, Count: g.Count()))
            .ToList();
        byNeed.Sort((a, b) => SuggestionOrder.Compare(a.Best, b.Best));

        var scales = await fitScales.OfAsync(byNeed.Select(g => g.Best.ModelVersion), cancellationToken);
        var found = await Task.WhenAll(byNeed.Select(g => needs.FindAsync(g.Best.NeedId, cancellationToken)));
        var coopNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var coopId in found.OfType<NeedEntity>().Select(n => n.CoopId).Distinct(StringComparer.Ordinal))
        {
            coopNames[coopId] = (await coops.FindAsync(coopId, cancellationToken))?.Name;
        }

        return new([.. byNeed.Zip(found, (group, need) => new SuggestionGroup(
            group.Best.NeedId,
            need?.Title,
            need?.CoopId,
            need is null ? null : coopNames[need.CoopId],
            group.Count,
            Model.Ranking.FitScale.Percentile(group.Best.Score, scales[group.Best.ModelVersion])))]);
    }
}
