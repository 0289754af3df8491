using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Matchmaker.Platform.Hosting.Standalone;
using YamlDotNet.RepresentationModel;

namespace Matchmaker.Tests.Unit.Platform;

/// <summary>
/// Compares the schemas of <c>functions/openapi.yaml</c> with the C# types the functions read and write.
/// A component schema names its type in the vendor extension <c>x-type</c>: the type's name in the app's
/// assemblies (<c>ProfileView</c>, <c>ResultPage&lt;NeedView&gt;</c>), or a full name for a framework type
/// (<c>Microsoft.AspNetCore.Mvc.ProblemDetails</c>). The JSON names of a type are those System.Text.Json
/// gives it with the app's options, so <c>[JsonPropertyName]</c> and <c>[JsonIgnore]</c> count.
/// </summary>
public static class OpenApiSchemaTypes
{
    public const string Extension = "x-type";

    /// <summary>The assemblies whose types a simple name in <c>x-type</c> may name.</summary>
    public static IReadOnlyList<Assembly> AppAssemblies { get; } =
    [
        typeof(StandaloneHost).Assembly,
        typeof(Matchmaker.Model.Ranking.NdcgMetrics).Assembly,
    ];

    /// <summary>The component schemas by name.</summary>
    public static IReadOnlyDictionary<string, YamlMappingNode> Components(YamlMappingNode document) =>
        OpenApiYaml.Mapping(OpenApiYaml.Mapping(document, "components"), "schemas").Children
            .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => (YamlMappingNode)c.Value, StringComparer.Ordinal);

    /// <summary>The type an <c>x-type</c> names, or an explanation of why it names none.</summary>
    public static (Type? Type, string? Problem) Resolve(string name)
    {
        var open = name.IndexOf('<', StringComparison.Ordinal);
        if (open < 0)
        {
            var found = name.Contains('.', StringComparison.Ordinal)
                ? ReachableAssemblies.Value.Select(a => a.GetType(name)).OfType<Type>().Distinct().ToList()
                : AppAssemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.Name == name).ToList();
            return found.Count switch
            {
                1 => (found[0], null),
                0 => (null, $"no public type is called '{name}'"),
                _ => (null, $"'{name}' is ambiguous: {string.Join(", ", found.Select(t => t.FullName))}"),
            };
        }

        if (!name.EndsWith('>'))
        {
            return (null, $"'{name}' is not a type name");
        }

        var arguments = SplitArguments(name[(open + 1)..^1]);
        var (definition, problem) = Resolve($"{name[..open]}`{arguments.Count}");
        if (definition is null)
        {
            return (null, problem);
        }

        var resolved = arguments.Select(Resolve).ToList();
        return resolved.FirstOrDefault(r => r.Type is null) is { Problem: { } argumentProblem }
            ? (null, argumentProblem)
            : (definition.MakeGenericType([.. resolved.Select(r => r.Type!)]), null);
    }

    /// <summary>The JSON options a type is read or written with: the stricter request options for request bodies.</summary>
    public static JsonSerializerOptions OptionsFor(Type type) =>
        type.Name.EndsWith("Input", StringComparison.Ordinal) ? RequestOptions : ResponseOptions;

    /// <summary>The JSON property names of an object type, as System.Text.Json reads and writes them.</summary>
    public static IReadOnlyList<string> JsonNames(Type type)
    {
        var info = OptionsFor(type).GetTypeInfo(type);
        return info.Kind == JsonTypeInfoKind.Object ? [.. Serialized(info).Select(p => p.Name)] : [];
    }

    /// <summary>
    /// The properties that appear in JSON: not <c>[JsonIgnore]</c>d (listed without a getter or setter) and not the
    /// <c>[JsonExtensionData]</c> bag, whose members are written as the object's own (<c>additionalProperties</c>).
    /// </summary>
    private static IEnumerable<JsonPropertyInfo> Serialized(JsonTypeInfo info) =>
        info.Properties.Where(p => !p.IsExtensionData && (p.Get is not null || p.Set is not null || p.AssociatedParameter is not null));

    /// <summary>A reference to a component schema, as a schema.</summary>
    public static YamlMappingNode Reference(string component) => new(new YamlScalarNode("$ref"), new YamlScalarNode($"#/components/schemas/{component}"));

    /// <summary>
    /// Every difference between a schema and a type, each as "path: what differs", following nested objects,
    /// list items and dictionary values. <paramref name="reached"/> collects every object type compared;
    /// <paramref name="compared"/> every component compared with a type, which is compared only once.
    /// </summary>
    public static IEnumerable<string> Differences(
        YamlMappingNode document, YamlMappingNode schema, Type type, string path, ISet<Type> reached, ISet<(string Component, Type Type)> compared)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var flat = Flatten(document, schema);
        // The schema's own type, and any it extends through allOf, which the type must derive from.
        foreach (var named in flat.NamedTypes.Distinct(StringComparer.Ordinal))
        {
            var (expected, problem) = Resolve(named);
            if (expected is null)
            {
                yield return $"{path}: {Extension} {problem}";
            }
            else if (!expected.IsAssignableFrom(type))
            {
                yield return $"{path}: the schema is {Name(expected)} but the code has {Name(type)}";
            }
        }

        if (type == typeof(object) || (flat.Component is { } component && !compared.Add((component, type))))
        {
            yield break;
        }

        var info = OptionsFor(type).GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                reached.Add(type);
                if (flat.Properties is null)
                {
                    yield return $"{path}: {Name(type)} is an object with properties [{string.Join(", ", JsonNames(type))}] but the schema lists none";
                    yield break;
                }

                var properties = Serialized(info).ToDictionary(p => p.Name, StringComparer.Ordinal);
                var missing = properties.Keys.Where(k => !flat.Properties.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
                var extra = flat.Properties.Keys.Where(k => !properties.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
                if (missing.Count > 0)
                {
                    yield return $"{path}: {Name(type)} has [{string.Join(", ", missing)}] that the schema does not list";
                }

                if (extra.Count > 0)
                {
                    yield return $"{path}: the schema lists [{string.Join(", ", extra)}] that {Name(type)} does not have";
                }

                foreach (var (name, property) in properties.Where(p => flat.Properties.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    foreach (var difference in Differences(document, flat.Properties[name], property.PropertyType, $"{path}.{name}", reached, compared))
                    {
                        yield return difference;
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable:
                if (flat.Type != "array" || flat.Items is null)
                {
                    yield return $"{path}: {Name(type)} is a JSON array but the schema is {flat.Type ?? "untyped"}";
                    yield break;
                }

                foreach (var difference in Differences(document, flat.Items, info.ElementType!, $"{path}[]", reached, compared))
                {
                    yield return difference;
                }

                break;
            case JsonTypeInfoKind.Dictionary:
                if (flat.Type != "object" || flat.Properties is not null)
                {
                    yield return $"{path}: {Name(type)} is a JSON object of any keys but the schema is not an object with additionalProperties only";
                    yield break;
                }

                if (flat.AdditionalProperties is { } values)
                {
                    foreach (var difference in Differences(document, values, info.ElementType!, $"{path}{{}}", reached, compared))
                    {
                        yield return difference;
                    }
                }

                break;
            default:
                if (JsonTypeOf(type) is { } expected && flat.Type is { } actual && actual != expected)
                {
                    yield return $"{path}: {Name(type)} is a JSON {expected} but the schema says {actual}";
                }

                break;
        }
    }

    /// <summary>A schema with its <c>$ref</c>s followed and its <c>allOf</c> parts merged.</summary>
    public sealed record FlatSchema(
        string? Type,
        IReadOnlyDictionary<string, YamlMappingNode>? Properties,
        YamlMappingNode? Items,
        YamlMappingNode? AdditionalProperties,
        IReadOnlyList<string> NamedTypes,
        string? Component);

    public static FlatSchema Flatten(YamlMappingNode document, YamlMappingNode schema)
    {
        string? type = null;
        Dictionary<string, YamlMappingNode>? properties = null;
        YamlMappingNode? items = null;
        YamlMappingNode? additional = null;
        var named = new List<string>();
        string? component = null;

        void Visit(YamlMappingNode node, int depth)
        {
            if (depth > 32)
            {
                throw new InvalidOperationException("A schema refers to itself.");
            }

            if (OpenApiYaml.Scalar(node, "$ref") is { } reference)
            {
                var target = reference["#/components/schemas/".Length..];
                component ??= target;
                Visit(Components(document)[target], depth + 1);
            }

            if (OpenApiYaml.Scalar(node, Extension) is { } typeName)
            {
                named.Add(typeName);
            }

            type ??= OpenApiYaml.Scalar(node, "type");
            if (OpenApiYaml.Child(node, "properties") is YamlMappingNode own)
            {
                properties ??= new Dictionary<string, YamlMappingNode>(StringComparer.Ordinal);
                foreach (var (key, value) in own.Children)
                {
                    properties[((YamlScalarNode)key).Value!] = (YamlMappingNode)value;
                }
            }

            items ??= OpenApiYaml.Child(node, "items") as YamlMappingNode;
            additional ??= OpenApiYaml.Child(node, "additionalProperties") as YamlMappingNode;
            if (OpenApiYaml.Child(node, "allOf") is YamlSequenceNode parts)
            {
                foreach (var part in parts.Children.Cast<YamlMappingNode>())
                {
                    Visit(part, depth + 1);
                }
            }
        }

        Visit(schema, 0);
        return new FlatSchema(type ?? (properties is not null ? "object" : null), properties, items, additional, named, component);
    }

    /// <summary>Whether a schema describes an object with named properties (and so must name its type).</summary>
    public static bool DescribesFields(YamlMappingNode document, YamlMappingNode schema) =>
        Flatten(document, schema).Properties is not null;

    public static string Name(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>" : type.Name;

    private static string? JsonTypeOf(Type type) =>
        type == typeof(string) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid) || type.IsEnum ? "string"
        : type == typeof(int) || type == typeof(long) || type == typeof(short) ? "integer"
        : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? "number"
        : type == typeof(bool) ? "boolean"
        : null;

    private static List<string> SplitArguments(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '<' => 1, '>' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(text[start..].Trim());
        return parts;
    }

    // Copies of the app's options with the reflection resolver the serializer would fall back to, so that
    // their metadata can be read without locking the app's own instances.
    private static readonly JsonSerializerOptions RequestOptions = WithResolver(Matchmaker.Platform.Http.MatchmakerJson.RequestOptions);

    private static readonly JsonSerializerOptions ResponseOptions = WithResolver(Matchmaker.Platform.Http.MatchmakerJson.Options);

    private static JsonSerializerOptions WithResolver(JsonSerializerOptions options) =>
        new(options) { TypeInfoResolver = options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver() };

    private static readonly Lazy<IReadOnlyList<Assembly>> ReachableAssemblies = new(() =>
        [.. AppAssemblies.Concat(AppAssemblies.SelectMany(a => a.GetReferencedAssemblies()).Select(Assembly.Load)).Distinct()]);
}
