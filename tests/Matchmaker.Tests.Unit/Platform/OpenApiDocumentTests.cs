using System.Text.RegularExpressions;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Hosting.Standalone;
using Microsoft.Azure.Functions.Worker;
using YamlDotNet.RepresentationModel;

namespace Matchmaker.Tests.Unit.Platform;

public sealed partial class OpenApiDocumentTests
{
    private static readonly YamlMappingNode Document = OpenApiYaml.Load();

    private static readonly string[] Roles = ["anonymous", "owner", "coop", "coordinator"];

    [Fact]
    public void The_document_describes_exactly_the_routes_the_functions_declare()
    {
        var documented = OpenApiYaml.Operations(Document).Select(o => $"{o.Method} {o.Path}").ToHashSet(StringComparer.Ordinal);
        var declared = FunctionCatalog.Discover(typeof(StandaloneHost).Assembly)
            .Where(f => f.Trigger is HttpTriggerAttribute)
            .SelectMany(f =>
            {
                var trigger = (HttpTriggerAttribute)f.Trigger;
                var path = "/" + RouteParameter().Replace((trigger.Route ?? f.Name).Trim('/'), "{$1}");
                return (trigger.Methods ?? ["*"]).Select(m => $"{m.ToUpperInvariant()} {path}");
            })
            .ToHashSet(StringComparer.Ordinal);

        var undocumented = declared.Except(documented).Order(StringComparer.Ordinal).ToList();
        var undeclared = documented.Except(declared).Order(StringComparer.Ordinal).ToList();

        Assert.True(
            undocumented.Count == 0 && undeclared.Count == 0,
            $"Declared by a function but not in openapi.yaml: [{string.Join(", ", undocumented)}]. " +
            $"In openapi.yaml but declared by no function: [{string.Join(", ", undeclared)}].");
    }

    [Fact]
    public void The_document_is_openapi_3_with_info_servers_and_paths()
    {
        Assert.Matches(@"^3\.0\.\d+$", OpenApiYaml.Scalar(Document, "openapi"));
        var info = OpenApiYaml.Mapping(Document, "info");
        Assert.False(string.IsNullOrWhiteSpace(OpenApiYaml.Scalar(info, "title")));
        Assert.False(string.IsNullOrWhiteSpace(OpenApiYaml.Scalar(info, "version")));
        var server = Assert.Single((YamlSequenceNode)OpenApiYaml.Child(Document, "servers")!);
        Assert.Equal("/api", OpenApiYaml.Scalar((YamlMappingNode)server, "url"));
        Assert.NotEmpty(OpenApiYaml.Operations(Document));
        Assert.All(OpenApiYaml.Keys(OpenApiYaml.Mapping(Document, "paths")), path => Assert.StartsWith("/", path, StringComparison.Ordinal));
        Assert.DoesNotContain(OpenApiYaml.Keys(OpenApiYaml.Mapping(Document, "paths")), path => path.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_reference_points_at_something_in_the_document()
    {
        var references = Descendants(Document)
            .OfType<YamlMappingNode>()
            .Select(node => OpenApiYaml.Scalar(node, "$ref"))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, reference =>
        {
            Assert.StartsWith("#/", reference, StringComparison.Ordinal);
            YamlNode? node = Document;
            foreach (var part in reference[2..].Split('/'))
            {
                node = node is YamlMappingNode mapping ? OpenApiYaml.Child(mapping, part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)) : null;
            }

            Assert.True(node is not null, $"{reference} points at nothing.");
        });
    }

    [Fact]
    public void Every_operation_answers_some_2xx()
    {
        Assert.All(OpenApiYaml.Operations(Document), o =>
            Assert.True(
                OpenApiYaml.Keys(OpenApiYaml.Mapping(o.Operation, "responses")).Any(status => status.StartsWith('2')),
                $"{o.Method} {o.Path} has no 2xx response."));
    }

    [Fact]
    public void Every_operation_that_takes_a_body_documents_400_and_413()
    {
        var withBodies = OpenApiYaml.Operations(Document).Where(o => OpenApiYaml.Child(o.Operation, "requestBody") is not null).ToList();

        Assert.NotEmpty(withBodies);
        Assert.All(withBodies, o =>
        {
            var statuses = OpenApiYaml.Keys(OpenApiYaml.Mapping(o.Operation, "responses")).ToList();
            Assert.True(statuses.Contains("400") && statuses.Contains("413"), $"{o.Method} {o.Path} takes a body but does not document both 400 and 413.");
        });
    }

    [Fact]
    public void Every_operation_names_one_role_and_only_anonymous_ones_need_no_credential()
    {
        Assert.All(OpenApiYaml.Operations(Document), o =>
        {
            var role = Assert.Single((YamlSequenceNode)OpenApiYaml.Child(o.Operation, "x-roles")!).ToString();
            Assert.Contains(role, Roles);
            var security = (YamlSequenceNode)OpenApiYaml.Child(o.Operation, "security")!;
            if (role == "anonymous")
            {
                Assert.Empty(security);
            }
            else
            {
                Assert.Equal("bearer", OpenApiYaml.Keys((YamlMappingNode)Assert.Single(security)).Single());
            }
        });
    }

    [Fact]
    public void Protected_operations_document_how_they_refuse_a_caller()
    {
        Assert.All(OpenApiYaml.Operations(Document), o =>
        {
            var role = ((YamlSequenceNode)OpenApiYaml.Child(o.Operation, "x-roles")!).Single().ToString();
            var statuses = OpenApiYaml.Keys(OpenApiYaml.Mapping(o.Operation, "responses")).ToList();
            string[] expected = role switch
            {
                "owner" => ["404"],
                "coop" or "coordinator" => ["401", "403"],
                _ => [],
            };
            Assert.True(expected.All(statuses.Contains), $"{o.Method} {o.Path} ({role}) should document {string.Join(" and ", expected)}.");
        });
    }

    private static IEnumerable<YamlNode> Descendants(YamlNode node) =>
        node switch
        {
            YamlMappingNode mapping => mapping.Children.Values.SelectMany(Descendants).Prepend(node),
            YamlSequenceNode sequence => sequence.Children.SelectMany(Descendants).Prepend(node),
            _ => [node],
        };

    // {id}, {id:guid}, {id?}, {*rest}, {id=default}: the parameter's name only.
    [GeneratedRegex(@"\{\*{0,2}([^{}:=?]+)[^{}]*\}")]
    private static partial Regex RouteParameter();
}
