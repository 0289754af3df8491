using System.Text.Json;

namespace Matchmaker.Testing;

/// <summary>The Big List of Naughty Strings, plus what it lacks: NUL, CR/LF, every C0 and C1 control, lone surrogates.</summary>
public static class NaughtyStrings
{
    public static IReadOnlyList<string> All { get; } = Load();

    private static List<string> Load()
    {
        var blns = JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "blns", "blns.json")))!;
        var controls = Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => $"a{(char)c}b");
        string[] extras = ["\0", "line\r\nBcc: x@example.org", "\r\n", "\ud800", "x\udfffy", "end\ud83d", "\ufeffbom", "a\u2028b", "😀 paired"];
        return [.. blns.Concat(controls).Concat(extras).Distinct(StringComparer.Ordinal)];
    }
}
