using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Matchmaker.Tests.System.Deployment;

/// <summary>
/// Evaluates the ARM template language far enough to read what Bicep compiles: literals, property and index
/// access, and the functions that build values (parameters, variables, createObject, union, if, format, ...).
/// Any other function (reference, resourceId, subscription, ...) yields an <see cref="ArmOpaque"/> naming it.
/// </summary>
public sealed partial class ArmExpression
{
    private readonly string text;
    private readonly ArmScope scope;
    private int position;

    private ArmExpression(string text, ArmScope scope)
    {
        this.text = text;
        this.scope = scope;
    }

    public static object? Evaluate(string expression, ArmScope scope)
    {
        var parser = new ArmExpression(expression, scope);
        var value = parser.Expression();
        parser.SkipSpace();
        return parser.position == expression.Length ? value : throw parser.Error("end of expression");
    }

    private object? Expression()
    {
        SkipSpace();
        var value = Primary();
        while (position < text.Length)
        {
            if (text[position] == '.')
            {
                position++;
                value = Property(value, Identifier());
            }
            else if (text[position] == '[')
            {
                position++;
                var index = Expression();
                Expect(']');
                value = Index(value, index);
            }
            else
            {
                break;
            }
        }

        return value;
    }

    private object? Primary()
    {
        var c = text[position];
        if (c == '\'')
        {
            return StringLiteral();
        }

        if (char.IsDigit(c) || c == '-')
        {
            var start = position++;
            while (position < text.Length && char.IsDigit(text[position]))
            {
                position++;
            }

            return long.Parse(text[start..position], CultureInfo.InvariantCulture);
        }

        var name = Identifier();
        SkipSpace();
        if (position >= text.Length || text[position] != '(')
        {
            return name switch
            {
                "true" => true,
                "false" => false,
                "null" => null,
                _ => throw Error("a function call"),
            };
        }

        position++;
        var arguments = new List<object?>();
        SkipSpace();
        while (text[position] != ')')
        {
            arguments.Add(Expression());
            SkipSpace();
            if (text[position] == ',')
            {
                position++;
            }
        }

        position++;
        return Call(name, arguments);
    }

    private string StringLiteral()
    {
        var value = new StringBuilder();
        position++;
        while (true)
        {
            if (text[position] == '\'')
            {
                if (position + 1 < text.Length && text[position + 1] == '\'')
                {
                    value.Append('\'');
                    position += 2;
                    continue;
                }

                position++;
                return value.ToString();
            }

            value.Append(text[position++]);
        }
    }

    private string Identifier()
    {
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '$'))
        {
            position++;
        }

        return position > start ? text[start..position] : throw Error("a name");
    }

    private object? Call(string name, List<object?> args) => name.ToLowerInvariant() switch
    {
        "parameters" => scope.Parameter((string)args[0]!),
        "variables" => scope.Variable((string)args[0]!),
        "copyindex" => scope.CopyIndex is { } index ? index + (args.Count > 0 && args[^1] is long offset ? offset : 0) : Opaque(name, args),
        "createobject" => Enumerable.Range(0, args.Count / 2).ToDictionary(i => (string)args[2 * i]!, i => args[(2 * i) + 1], StringComparer.OrdinalIgnoreCase),
        "createarray" => args.ToList(),
        "union" => Union(name, args),
        "if" => args[0] is bool condition ? (condition ? args[1] : args[2]) : Opaque(name, args),
        "empty" => args[0] switch
        {
            null => true,
            string s => s.Length == 0,
            List<object?> list => list.Count == 0,
            Dictionary<string, object?> map => map.Count == 0,
            _ => Opaque(name, args),
        },
        "not" => args[0] is bool flag ? !flag : Opaque(name, args),
        "equals" => args.Any(a => a is ArmOpaque) ? Opaque(name, args) : Equals(args[0], args[1]),
        "length" => args[0] switch
        {
            string s => (long)s.Length,
            List<object?> list => (long)list.Count,
            _ => Opaque(name, args),
        },
        "format" => FormatPlaceholder().Replace((string)args[0]!, m => ArmValues.Render(args[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1])),
        "concat" => args.All(a => a is List<object?>) ? args.SelectMany(a => (List<object?>)a!).ToList() : string.Concat(args.Select(ArmValues.Render)),
        "tolower" => args[0] is string lower ? lower.ToLowerInvariant() : Opaque(name, args),
        _ => Opaque(name, args),
    };

    private static object? Union(string name, List<object?> args)
    {
        if (args.All(a => a is Dictionary<string, object?>))
        {
            var merged = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var map in args.Cast<Dictionary<string, object?>>())
            {
                foreach (var (key, value) in map)
                {
                    merged[key] = value;
                }
            }

            return merged;
        }

        return args.All(a => a is List<object?>) ? args.SelectMany(a => (List<object?>)a!).Distinct().ToList() : Opaque(name, args);
    }

    private static ArmOpaque Opaque(string name, List<object?> args) =>
        new($"{name}({string.Join(", ", args.Select(a => a is string s ? $"'{s}'" : a is ArmOpaque o ? o.Text : ArmValues.Render(a)))})");

    private static object? Property(object? value, string name) => value switch
    {
        ArmOpaque opaque => new ArmOpaque($"{opaque.Text}.{name}"),
        Dictionary<string, object?> map => map.TryGetValue(name, out var item) ? item : throw new KeyNotFoundException($"No property '{name}'."),
        _ => throw new InvalidOperationException($"Cannot read '{name}' of {value}."),
    };

    private static object? Index(object? value, object? index) => (value, index) switch
    {
        (List<object?> list, long i) => list[(int)i],
        (Dictionary<string, object?> map, string key) => map[key],
        _ => new ArmOpaque($"{(value is ArmOpaque o ? o.Text : ArmValues.Render(value))}[{ArmValues.Render(index)}]"),
    };

    private void SkipSpace()
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (position >= text.Length || text[position] != c)
        {
            throw Error($"'{c}'");
        }

        position++;
    }

    private FormatException Error(string expected) => new($"Expected {expected} at {position} in: {text}");

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex FormatPlaceholder();
}
