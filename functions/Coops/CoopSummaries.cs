namespace Matchmaker.Coops;

/// <summary>Co-ops' public profiles in brief by id, for the views that show a co-op to newcomers (never its contact details).</summary>
public sealed class CoopSummaries(CoopStore coops)
{
    /// <summary>The summary of each distinct id; an id of no co-op (deleted) maps to <see cref="CoopSummary.Unknown"/>.</summary>
    public async Task<IReadOnlyDictionary<string, CoopSummary>> OfAsync(IEnumerable<string> coopIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coopIds);
        var summaries = new Dictionary<string, CoopSummary>(StringComparer.Ordinal);
        foreach (var id in coopIds.Distinct(StringComparer.Ordinal))
        {
            summaries[id] = await coops.FindAsync(id, cancellationToken) is { } coop
                ? CoopMapper.ToSummary(coop)
                : CoopSummary.Unknown(id);
        }

        return summaries;
    }

    public async Task<CoopSummary> OfAsync(string coopId, CancellationToken cancellationToken) =>
        (await OfAsync([coopId], cancellationToken))[coopId];
}
