namespace Matchmaker.Benchmarks;

/// <summary>
/// What one burst of confirmations cost matching: how long until both matching queues were empty, what the
/// need-updates messages came to, and whether every need ended as a fresh run leaves it.
/// </summary>
/// <param name="RunsPerNeed">Runs counted on each need's run row, in ascending order; empty when runs are not coalesced (no row is kept).</param>
public sealed record BurstOutcome(
    TimeSpan Confirming,
    TimeSpan Settling,
    long Matched,
    long Coalesced,
    long Idle,
    long WriteConflicts,
    int Poisoned,
    IReadOnlyList<long> RunsPerNeed,
    int NeedsAsFresh);
