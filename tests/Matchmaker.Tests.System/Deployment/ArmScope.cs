using System.Text.Json;

namespace Matchmaker.Tests.System.Deployment;

/// <summary>The parameters, variables and copy index that a template's expressions see.</summary>
public sealed class ArmScope(JsonElement template, IReadOnlyDictionary<string, object?> parameters, long? copyIndex = null)
{
    private readonly Dictionary<string, object?> variables = new(StringComparer.OrdinalIgnoreCase);

    public long? CopyIndex => copyIndex;

    public ArmScope WithCopyIndex(long index) => new(template, parameters, index);

    public object? Parameter(string name) =>
        parameters.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No parameter '{name}'.");

    public object? Variable(string name)
    {
        if (!variables.TryGetValue(name, out var value))
        {
            var raw = template.GetProperty("variables").EnumerateObject().Single(v => v.NameEquals(name)).Value;
            value = ArmValues.Evaluate(raw, this);
            variables[name] = value;
        }

        return value;
    }
}
