using Matchmaker.Common;

namespace Matchmaker.Suggestions;

/// <summary>
/// Lists suggestions best first for coordinators. A need's suggestions are read from its partition, a
/// person's from their mirror rows, anything else from every need partition; then filtered, sorted and
/// cut into pages in memory (suggestions are capped per need and per person, so these reads stay bounded).
/// </summary>
public sealed class SuggestionBrowser(SuggestionStore store)
{
    public async Task<ResultPage<SuggestionView>> ListAsync(
        SuggestionFilter filter, int limit, SuggestionCursor? after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rows = filter switch
        {
            { NeedId: { } needId } => await store.OfNeedAsync(needId, cancellationToken),
            { ProfileId: { } profileId } => await store.OfProfileAsync(profileId, cancellationToken),
            _ => await store.AllAsync(filter.Status, cancellationToken),
        };

        var ordered = rows.Where(filter.Matches).Where(s => after is null || after.Precedes(s)).ToList();
        ordered.Sort(SuggestionOrder.Compare);
        var page = ordered.Take(limit).ToList();
        var continuation = ordered.Count > limit ? SuggestionCursor.After(page[^1]).ToString() : null;
        return new([.. page.Select(SuggestionMapper.ToView)], continuation);
    }
}
