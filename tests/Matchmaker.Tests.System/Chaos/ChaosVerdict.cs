namespace Matchmaker.Tests.System.Chaos;

/// <summary>What the checks after a chaos run found: every broken promise, and the figures worth reporting.</summary>
public sealed class ChaosVerdict
{
    public List<string> Problems { get; } = [];

    /// <summary>Figures by name, in the order they were found.</summary>
    public List<(string Name, string Value)> Figures { get; } = [];

    public void Figure(string name, object value) => Figures.Add((name, Convert.ToString(value, global::System.Globalization.CultureInfo.InvariantCulture) ?? ""));

    /// <summary>Files a problem for each of <paramref name="failures"/> (at most ten listed, then how many more).</summary>
    public void ProblemsOf(string what, IReadOnlyCollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (failures.Count > 0)
        {
            Problems.Add($"{what} ({failures.Count}): {string.Join("; ", failures.Take(10))}{(failures.Count > 10 ? "; ..." : "")}");
        }
    }
}
