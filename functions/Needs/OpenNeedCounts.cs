using Matchmaker.Coops;

namespace Matchmaker.Needs;

/// <summary>The open needs of each co-op, counted from one read of the open needs' co-op ids.</summary>
public sealed class OpenNeedCounts(NeedStore needs) : IOpenNeedCounts
{
    public async Task<IReadOnlyDictionary<string, int>> ByCoopAsync(CancellationToken cancellationToken) =>
        (await needs.CoopsOfOpenAsync(cancellationToken))
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
