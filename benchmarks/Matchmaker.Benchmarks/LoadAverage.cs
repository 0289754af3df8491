namespace Matchmaker.Benchmarks;

/// <summary>The machine's load average, printed with every measurement made on a shared machine.</summary>
public static class LoadAverage
{
    /// <returns>The 1, 5 and 15 minute figures, or "unknown" where the system does not give them.</returns>
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
