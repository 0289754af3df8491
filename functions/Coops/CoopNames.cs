namespace Matchmaker.Coops;

/// <summary>Co-ops' names by id, for the views that show a co-op to newcomers (never its contact details).</summary>
public sealed class CoopNames(CoopStore coops)
{
    /// <summary>The name of each distinct id; an id of no co-op (deleted) maps to an empty name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> OfAsync(IEnumerable<string> coopIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coopIds);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in coopIds.Distinct(StringComparer.Ordinal))
        {
            names[id] = (await coops.FindAsync(id, cancellationToken))?.Name ?? "";
        }

        return names;
    }

    public async Task<string> OfAsync(string coopId, CancellationToken cancellationToken) =>
        (await OfAsync([coopId], cancellationToken))[coopId];
}
