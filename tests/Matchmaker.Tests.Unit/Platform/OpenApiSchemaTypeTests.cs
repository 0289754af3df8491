using System.Text.Json.Serialization;
using Matchmaker.Platform.Hosting.Standalone;
using YamlDotNet.RepresentationModel;

namespace Matchmaker.Tests.Unit.Platform;

/// <summary>
/// The document's schemas against the C# types behind them (see <see cref="OpenApiSchemaTypes"/>): a field
/// renamed, added or removed on either side, or a type swapped, fails here.
/// </summary>
public sealed class OpenApiSchemaTypeTests
{
    /// <summary>
    /// The API's own naming: request bodies are <c>*Input</c>; what it writes is <c>*View</c>, <c>*Summary</c>,
    /// <c>*Report</c> or <c>*Created</c>. Every public type so named must be described by the document.
    /// </summary>
    private static readonly string[] ApiTypeSuffixes = ["Input", "View", "Summary", "Report", "Created"];

    private static readonly YamlMappingNode Document = OpenApiYaml.Load();

    private static readonly string[] JsonMediaTypes = ["application/json", "application/problem+json"];

    [Fact]
    public void Every_component_with_fields_names_a_type_that_exists()
    {
        var problems = new List<string>();
        foreach (var (name, schema) in OpenApiSchemaTypes.Components(Document))
        {
            var typeName = OpenApiYaml.Scalar(schema, OpenApiSchemaTypes.Extension);
            if (typeName is null)
            {
                if (OpenApiSchemaTypes.DescribesFields(Document, OpenApiSchemaTypes.Reference(name)))
                {
                    problems.Add($"{name} lists properties but has no {OpenApiSchemaTypes.Extension} naming the C# type behind it.");
                }

                continue;
            }

            if (OpenApiSchemaTypes.Resolve(typeName) is { Type: null, Problem: { } problem })
            {
                problems.Add($"{name}: {OpenApiSchemaTypes.Extension} {problem}.");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_typed_component_lists_exactly_the_json_properties_of_its_type_all_the_way_down()
    {
        var differences = Compare(out _);

        Assert.True(differences.Count == 0, "openapi.yaml and the code differ:" + Environment.NewLine + string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void Every_public_input_and_view_type_is_described_in_the_document()
    {
        Compare(out var reached);
        var apiTypes = typeof(StandaloneHost).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition && ApiTypeSuffixes.Any(s => t.Name.EndsWith(s, StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(apiTypes);
        var undescribed = apiTypes.Where(t => !reached.Contains(t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            undescribed.Count == 0,
            $"No schema in openapi.yaml describes these types (give the schema that does an {OpenApiSchemaTypes.Extension}): {string.Join(", ", undescribed)}");
    }

    [Fact]
    public void Operations_use_named_components_for_every_json_body_with_fields()
    {
        var inline = new List<string>();
        foreach (var (method, path, operation) in OpenApiYaml.Operations(Document))
        {
            var bodies = new List<(string Where, YamlMappingNode Content)>();
            if (OpenApiYaml.Child(operation, "requestBody") is YamlMappingNode request && OpenApiYaml.Child(request, "content") is YamlMappingNode requestContent)
            {
                bodies.Add(("request", requestContent));
            }

            foreach (var (status, response) in OpenApiYaml.Mapping(operation, "responses").Children)
            {
                if (response is YamlMappingNode r && OpenApiYaml.Child(r, "content") is YamlMappingNode responseContent)
                {
                    bodies.Add((status.ToString(), responseContent));
                }
            }

            foreach (var (where, content) in bodies)
            {
                foreach (var mediaType in JsonMediaTypes)
                {
                    if (OpenApiYaml.Child(content, mediaType) is YamlMappingNode media && OpenApiYaml.Child(media, "schema") is YamlMappingNode schema
                        && Descendants(schema).OfType<YamlMappingNode>().Any(node => OpenApiYaml.Child(node, "properties") is not null))
                    {
                        inline.Add($"{method} {path} {where} {mediaType}");
                    }
                }
            }
        }

        Assert.True(
            inline.Count == 0,
            $"These JSON bodies list properties inline, where no {OpenApiSchemaTypes.Extension} can tie them to code; make each a component: {string.Join("; ", inline)}");
    }

    [Fact]
    public void The_comparison_sees_json_names_as_the_serializer_writes_them()
    {
        Assert.Equal(["name", "renamed"], OpenApiSchemaTypes.JsonNames(typeof(Sample)));
        Assert.Equal(typeof(Matchmaker.Platform.Common.ResultPage<Matchmaker.Needs.NeedView>), OpenApiSchemaTypes.Resolve("ResultPage<NeedView>").Type);
        Assert.Equal(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), OpenApiSchemaTypes.Resolve("Microsoft.AspNetCore.Mvc.ProblemDetails").Type);
        Assert.Null(OpenApiSchemaTypes.Resolve("NoSuchView").Type);
    }

    [Fact]
    public void The_comparison_catches_a_renamed_field_a_nested_one_and_a_wrong_type()
    {
        var document = Parse("""
            components:
              schemas:
                Sample:
                  type: object
                  properties:
                    name: { type: integer }
                    renamd: { type: string }
                Nested:
                  type: object
                  properties:
                    items:
                      type: array
                      items:
                        type: object
                        properties:
                          nam: { type: string }
                          renamed: { type: string }
            """);

        var differences = OpenApiSchemaTypes.Differences(
            document, OpenApiSchemaTypes.Reference("Sample"), typeof(Sample), "Sample", new HashSet<Type>(), new HashSet<(string, Type)>()).ToList();
        var nested = OpenApiSchemaTypes.Differences(
            document, OpenApiSchemaTypes.Reference("Nested"), typeof(Matchmaker.Platform.Common.ResultPage<Sample>), "Nested", new HashSet<Type>(), new HashSet<(string, Type)>()).ToList();

        Assert.Contains(differences, d => d.Contains("[renamed] that the schema does not list", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.Contains("[renamd] that Sample does not have", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("Sample.name: String is a JSON string but the schema says integer", StringComparison.Ordinal));
        Assert.Contains(nested, d => d.StartsWith("Nested: ResultPage<Sample> has [continuation]", StringComparison.Ordinal));
        Assert.Contains(nested, d => d.StartsWith("Nested.items[]: Sample has [name]", StringComparison.Ordinal));
    }

    private static List<string> Compare(out HashSet<Type> reached)
    {
        reached = [];
        var compared = new HashSet<(string, Type)>();
        var differences = new List<string>();
        foreach (var (name, schema) in OpenApiSchemaTypes.Components(Document))
        {
            if (OpenApiYaml.Scalar(schema, OpenApiSchemaTypes.Extension) is { } typeName && OpenApiSchemaTypes.Resolve(typeName).Type is { } type)
            {
                differences.AddRange(OpenApiSchemaTypes.Differences(Document, OpenApiSchemaTypes.Reference(name), type, name, reached, compared));
            }
        }

        return differences;
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<YamlNode> Descendants(YamlNode node) =>
        node switch
        {
            YamlMappingNode mapping => mapping.Children.Values.SelectMany(Descendants).Prepend(node),
            YamlSequenceNode sequence => sequence.Children.SelectMany(Descendants).Prepend(node),
            _ => [node],
        };

    /// <summary>A type whose JSON names differ from its C# names.</summary>
    public sealed record Sample(string Name, [property: JsonPropertyName("renamed")] string Other)
    {
        [JsonIgnore]
        public string Hidden => Name + Other;
    }
}
