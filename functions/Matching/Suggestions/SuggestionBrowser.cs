using Matchmaker.Needs;
using Matchmaker.Platform.Common;

namespace Matchmaker.Matching.Suggestions;

/// <summary>
/// Lists suggestions best first for coordinators. A need's suggestions are read from its partition, a
/// person's from their mirror rows, a co-op's from its needs' partitions, anything else from every need
/// partition; then filtered, sorted and cut into pages in memory (suggestions are capped per need and per
/// person, so these reads stay bounded). Only the page is then described with its needs and people.
/// </summary>
public sealed class SuggestionBrowser(SuggestionStore store, NeedStore needs, SuggestionSubjects subjects)
{
    public async Task<ResultPage<SuggestionView>> ListAsync(
        SuggestionFilter filter, int limit, SuggestionCursor? after, CancellationToken cancellationToken)
    {
        var ordered = (await MatchingAsync(filter, cancellationToken))
            .Where(s => after is null || after.Precedes(s))
            .ToList();
        ordered.Sort(SuggestionOrder.Compare);
        var page = ordered.Take(limit).ToList();
        var continuation = ordered.Count > limit ? SuggestionCursor.After(page[^1]).ToString() : null;
        return new(await subjects.DescribeAsync(page, cancellationToken), continuation);
    }

    /// <summary>Every suggestion the filter lets through, in no particular order.</summary>
    public async Task<IReadOnlyList<SuggestionEntity>> MatchingAsync(SuggestionFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var coopNeeds = filter.CoopId is { } coopId
            ? (await needs.IdsOfCoopAsync(coopId, cancellationToken)).ToHashSet(StringComparer.Ordinal)
            : null;
        var rows = filter switch
        {
            { NeedId: { } needId } => await store.OfNeedAsync(needId, cancellationToken),
            { ProfileId: { } profileId } => await store.OfProfileAsync(profileId, cancellationToken),
            _ when coopNeeds is not null => [.. (await Task.WhenAll(coopNeeds.Select(n => store.OfNeedAsync(n, cancellationToken)))).SelectMany(r => r)],
            _ => await store.AllAsync(filter.Status, cancellationToken),
        };

        return [.. rows.Where(filter.Matches).Where(s => coopNeeds is null || coopNeeds.Contains(s.NeedId))];
    }
}
