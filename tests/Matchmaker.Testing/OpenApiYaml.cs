using YamlDotNet.RepresentationModel;

namespace Matchmaker.Testing;

/// <summary>Reads <c>functions/openapi.yaml</c> as a plain YAML tree, so the tests rely on no OpenAPI library.</summary>
public static class OpenApiYaml
{
    public static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static string FilePath { get; } = Repository.Path("functions", "openapi.yaml");

    public static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(FilePath));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    /// <summary>Every operation as (METHOD, path as written, its node).</summary>
    public static IEnumerable<(string Method, string Path, YamlMappingNode Operation)> Operations(YamlMappingNode document) =>
        from path in Mapping(document, "paths").Children
        from entry in ((YamlMappingNode)path.Value).Children
        let key = ((YamlScalarNode)entry.Key).Value!
        where HttpMethods.Contains(key)
        select (key.ToUpperInvariant(), ((YamlScalarNode)path.Key).Value!, (YamlMappingNode)entry.Value);

    public static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) =>
        Child(node, key) as YamlMappingNode ?? throw new InvalidOperationException($"'{key}' is missing or not a mapping.");

    public static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    public static IEnumerable<string> Keys(YamlMappingNode node) => node.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);
}
