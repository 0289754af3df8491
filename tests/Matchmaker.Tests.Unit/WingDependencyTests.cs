using System.Text.RegularExpressions;

namespace Matchmaker.Tests.Unit;

/// <summary>
/// The app's top-level folders ("wings") depend on each other in one direction only, and the plumbing in
/// Platform depends on no feature: a change to one wing then never has to reach into a wing that uses it.
/// Read from the source's <c>using</c> lines and qualified names, so it needs no build of its own.
/// </summary>
public sealed partial class WingDependencyTests
{
    private static readonly string Functions = Repository.Path("functions");

    [Fact]
    public void Every_folder_of_the_app_is_a_known_wing()
    {
        var folders = Directory.GetDirectories(Functions)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "Properties"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            ["CoopDesk", "Coops", "Demo", "Email", "Introductions", "Matching", "Needs", "Newcomers", "Opportunities", "Platform", "Profiles", "Ranking", "Review"],
            folders);
    }

    [Fact]
    public void Platform_uses_no_feature_wing()
    {
        var edges = Edges();

        Assert.Empty(edges.GetValueOrDefault("Platform", []));
    }

    [Fact]
    public void No_two_wings_depend_on_each_other_directly_or_through_others()
    {
        var edges = Edges();

        var cycle = FindCycle(edges);

        Assert.True(cycle is null, $"The wings form a cycle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void The_cycle_check_finds_a_cycle_through_three_wings()
    {
        var edges = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };

        Assert.Equal(["A", "B", "C", "A"], FindCycle(edges));
        Assert.Null(FindCycle(new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = [], ["D"] = ["A", "B"] }));
    }

    /// <summary>For each wing, the other wings its code names (Matchmaker.Model is the separate domain project).</summary>
    private static Dictionary<string, HashSet<string>> Edges()
    {
        var wings = Directory.GetDirectories(Functions).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var wing in wings)
        {
            var uses = Directory.EnumerateFiles(Path.Combine(Functions, wing), "*.cs", SearchOption.AllDirectories)
                .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .SelectMany(file => QualifiedName().Matches(File.ReadAllText(file)).Select(match => match.Groups["wing"].Value))
                .Where(used => used != wing && wings.Contains(used));
            edges[wing] = uses.ToHashSet(StringComparer.Ordinal);
        }

        return edges;
    }

    private static List<string>? FindCycle(IReadOnlyDictionary<string, HashSet<string>> edges)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string wing)
        {
            if (path.IndexOf(wing) is var at and >= 0)
            {
                return [.. path[at..], wing];
            }

            if (!done.Add(wing))
            {
                return null;
            }

            path.Add(wing);
            foreach (var next in edges.GetValueOrDefault(wing, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    [GeneratedRegex(@"\bMatchmaker\.(?<wing>[A-Z][A-Za-z]+)\b")]
    private static partial Regex QualifiedName();
}
