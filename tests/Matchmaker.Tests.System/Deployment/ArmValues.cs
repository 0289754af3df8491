using System.Globalization;
using System.Text.Json;

namespace Matchmaker.Tests.System.Deployment;

/// <summary>Turns template JSON into plain values (string, long, bool, dictionaries, lists, <see cref="ArmOpaque"/>).</summary>
public static class ArmValues
{
    public static object? Evaluate(JsonElement element, ArmScope scope) => element.ValueKind switch
    {
        JsonValueKind.String => EvaluateString(element.GetString()!, scope),
        JsonValueKind.Number => element.GetInt64(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.Array => element.EnumerateArray().Select(item => Evaluate(item, scope)).ToList(),
        // A property name can be an expression too (userAssignedIdentities is keyed by a resource id).
        _ => element.EnumerateObject().ToDictionary(p => Render(EvaluateString(p.Name, scope)), p => Evaluate(p.Value, scope), StringComparer.OrdinalIgnoreCase),
    };

    // "[...]" is an expression; "[[...]" is a literal that starts with "[".
    private static object? EvaluateString(string text, ArmScope scope) =>
        text.StartsWith("[[", StringComparison.Ordinal) ? text[1..]
        : text.StartsWith('[') && text.EndsWith(']') ? ArmExpression.Evaluate(text[1..^1], scope)
        : text;

    public static string Render(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "True" : "False",
        long number => number.ToString(CultureInfo.InvariantCulture),
        ArmOpaque opaque => opaque.ToString(),
        _ => JsonSerializer.Serialize(value),
    };

    /// <summary>Every string and opaque value inside <paramref name="value"/>, with the path that leads to it.</summary>
    public static IEnumerable<(string Path, object Leaf)> Leaves(object? value, string path = "")
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                foreach (var (key, item) in map)
                {
                    foreach (var leaf in Leaves(item, $"{path}.{key}"))
                    {
                        yield return leaf;
                    }
                }

                break;
            case List<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    foreach (var leaf in Leaves(list[i], $"{path}[{i}]"))
                    {
                        yield return leaf;
                    }
                }

                break;
            case null:
                break;
            default:
                yield return (path, value);
                break;
        }
    }
}
