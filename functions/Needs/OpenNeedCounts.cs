using Matchmaker.Coops;

namespace Matchmaker.Needs;

/// <summary>The open needs of each co-op, counted from the open needs' co-op ids (only that column is read).</summary>
public sealed class OpenNeedCounts(NeedStore needs) : IOpenNeedCounts
{
    public async Task<IReadOnlyDictionary<string, int>> ByCoopAsync(CancellationToken cancellationToken) =>
        (await needs.CoopsOfOpenAsync(null, cancellationToken))
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public async Task<int> OfCoopAsync(string coopId, CancellationToken cancellationToken) =>
        (await needs.CoopsOfOpenAsync(coopId, cancellationToken)).Count;
}
