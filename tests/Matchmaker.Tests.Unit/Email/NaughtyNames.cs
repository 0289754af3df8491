using System.Text.Json;

namespace Matchmaker.Tests.Unit.Email;

/// <summary>
/// The Big List of Naughty Strings (copied beside the tests), with the line breaks, controls and lone
/// surrogates it lacks, as names a person could give.
/// </summary>
public static class NaughtyNames
{
    public static IReadOnlyList<string> All { get; } = Load();

    /// <summary>The ones that would be markup if written unencoded into HTML.</summary>
    public static IReadOnlyList<string> Markup { get; } = [.. All.Where(s => s.Contains('<', StringComparison.Ordinal) && s.Contains('>', StringComparison.Ordinal))];

    private static List<string> Load()
    {
        var blns = JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "blns", "blns.json")))!;
        string[] extras = ["\0", "line\r\nBcc: x@example.org", "\r\n", "a\u0085b", "\ud800", "x\udfffy", "\ufeffbom", "a\u2028b"];
        return [.. blns.Concat(extras).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)];
    }
}
