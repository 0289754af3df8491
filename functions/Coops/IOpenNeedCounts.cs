namespace Matchmaker.Coops;

/// <summary>
/// How many open needs each co-op has. Needs are their own wing, which builds on this one, so the count
/// comes in through this interface (implemented there) rather than by reading needs here.
/// </summary>
public interface IOpenNeedCounts
{
    /// <summary>The number of open needs of every co-op that has any; a co-op without open needs is absent.</summary>
    Task<IReadOnlyDictionary<string, int>> ByCoopAsync(CancellationToken cancellationToken);

    /// <summary>The number of open needs of one co-op.</summary>
    Task<int> OfCoopAsync(string coopId, CancellationToken cancellationToken);
}
