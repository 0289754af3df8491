using System.Text.Json;

namespace Matchmaker.Tests.System.Deployment;

/// <summary>
/// Walks a compiled template with given parameter values: resources whose condition is false are left out,
/// copy loops are expanded, and each module's template is walked with the values main.bicep passes it.
/// </summary>
public static class ArmTemplate
{
    public static List<ArmResource> Resources(JsonElement template, IReadOnlyDictionary<string, object?> values, string deployment = "")
    {
        var scope = new ArmScope(template, Parameters(template, values));
        var resources = new List<ArmResource>();
        foreach (var resource in ResourceElements(template))
        {
            var copies = resource.TryGetProperty("copy", out var copy)
                ? Enumerable.Range(0, (int)(long)ArmValues.Evaluate(copy.GetProperty("count"), scope)!).Select(i => scope.WithCopyIndex(i))
                : [scope];
            foreach (var copyScope in copies)
            {
                if (resource.TryGetProperty("condition", out var condition) && ArmValues.Evaluate(condition, copyScope) is false)
                {
                    continue;
                }

                var type = resource.GetProperty("type").GetString()!;
                var body = resource.EnumerateObject()
                    .Where(p => p.Name is not ("copy" or "condition" or "dependsOn") && !(type == "Microsoft.Resources/deployments" && p.Name == "properties"))
                    .ToDictionary(p => p.Name, p => ArmValues.Evaluate(p.Value, copyScope), StringComparer.OrdinalIgnoreCase);
                var name = ArmValues.Render(body["name"]);
                if (type == "Microsoft.Resources/deployments")
                {
                    var properties = resource.GetProperty("properties");
                    var passed = properties.GetProperty("parameters").EnumerateObject()
                        .ToDictionary(p => p.Name, p => PassedValue(p.Value, copyScope), StringComparer.OrdinalIgnoreCase);
                    body["properties"] = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["parameters"] = passed };
                    resources.Add(new ArmResource(deployment, type, name, body));
                    resources.AddRange(Resources(properties.GetProperty("template"), passed, name));
                }
                else
                {
                    resources.Add(new ArmResource(deployment, type, name, body));
                }
            }
        }

        return resources;
    }

    // Each is {"value": ...}, or an expression that yields one when the value depends on a condition.
    private static object? PassedValue(JsonElement parameter, ArmScope scope) =>
        ((Dictionary<string, object?>)ArmValues.Evaluate(parameter, scope)!)["value"];

    /// <summary>The declared type of each parameter of the template of <paramref name="deployment"/> ("" for main).</summary>
    public static Dictionary<string, string> ParameterTypes(JsonElement template, string deployment = "")
    {
        var found = deployment.Length == 0 ? template : FindModule(template, deployment);
        return found.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("type").GetString()!, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The expression of an output of the module <paramref name="deployment"/>, as compiled.</summary>
    public static string OutputExpression(JsonElement template, string deployment, string output) =>
        FindModule(template, deployment).GetProperty("outputs").GetProperty(output).GetProperty("value").GetString()!;

    private static JsonElement FindModule(JsonElement template, string deployment) =>
        ResourceElements(template)
            .Where(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments")
            .Select(r => r.GetProperty("name").GetString() == deployment ? r.GetProperty("properties").GetProperty("template") : (JsonElement?)null)
            .First(t => t is not null)!.Value;

    private static Dictionary<string, object?> Parameters(JsonElement template, IReadOnlyDictionary<string, object?> values)
    {
        var scope = new ArmScope(template, new Dictionary<string, object?>());
        var parameters = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (template.TryGetProperty("parameters", out var declared))
        {
            foreach (var parameter in declared.EnumerateObject())
            {
                parameters[parameter.Name] = values.TryGetValue(parameter.Name, out var value) ? value
                    : parameter.Value.TryGetProperty("defaultValue", out var defaultValue) ? ArmValues.Evaluate(defaultValue, scope)
                    : new ArmOpaque($"parameters('{parameter.Name}')");
            }
        }

        return parameters;
    }

    // Bicep writes an array, or an object keyed by symbolic name when it uses language version 2.0.
    private static IEnumerable<JsonElement> ResourceElements(JsonElement template)
    {
        var resources = template.GetProperty("resources");
        return resources.ValueKind == JsonValueKind.Array ? resources.EnumerateArray() : resources.EnumerateObject().Select(p => p.Value);
    }
}
