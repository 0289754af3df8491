namespace Matchmaker.Benchmarks;

/// <summary>One load run: every request's time in milliseconds, in ascending order, and the run's wall time.</summary>
public sealed record LoadRun(IReadOnlyList<double> SortedMilliseconds, TimeSpan Elapsed)
{
    public int Count => SortedMilliseconds.Count;

    public double Quantile(double quantile) => SortedMilliseconds[(int)Math.Min(Count - 1, quantile * Count)];
}
