using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Matchmaker.Tests.Storage;

/// <summary>Reads and writes a field such as <c>skills[0].name</c> in a JSON body, and writes JSON that carries any UTF-16 string, lone surrogates included.</summary>
public static partial class JsonPath
{
    public static JsonNode? Get(JsonNode root, string path) =>
        Segments(path).Aggregate<object, JsonNode?>(root, (node, segment) => segment is int index ? node?[index] : node?[(string)segment]);

    public static void Set(JsonNode root, string path, JsonNode? value)
    {
        var segments = Segments(path);
        var parent = Get(root, string.Join('.', segments.SkipLast(1).Select(s => s is int i ? $"[{i}]" : (string)s)).Replace(".[", "[", StringComparison.Ordinal))!;
        switch (segments[^1])
        {
            case int index:
                parent[index] = value;
                break;
            case string name:
                parent[name] = value;
                break;
        }
    }

    /// <summary>The body with the field at <paramref name="path"/> set to <paramref name="value"/>, every non-ASCII character escaped.</summary>
    public static string WithString(JsonNode body, string path, string value) => WithString(body, [path], value);

    /// <summary>The body with each field in <paramref name="paths"/> set to <paramref name="value"/>, every non-ASCII character escaped.</summary>
    public static string WithString(JsonNode body, IReadOnlyCollection<string> paths, string value)
    {
        const string placeholder = "__value_under_test__";
        var copy = body.DeepClone();
        foreach (var path in paths)
        {
            Set(copy, path, placeholder);
        }

        return copy.ToJsonString().Replace($"\"{placeholder}\"", $"\"{Escape(value)}\"", StringComparison.Ordinal);
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder();
        foreach (var c in value)
        {
            builder.Append(c is < ' ' or > '~' or '"' or '\\' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return builder.ToString();
    }

    private static List<object> Segments(string path) =>
        [.. Segment().Matches(path).Select(m => m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : (object)m.Groups[1].Value)];

    [GeneratedRegex(@"([A-Za-z]+)|\[(\d+)\]")]
    private static partial Regex Segment();
}
