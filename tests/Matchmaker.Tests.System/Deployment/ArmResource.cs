namespace Matchmaker.Tests.System.Deployment;

/// <summary>One resource of a compiled template as it would be deployed, with every expression evaluated.</summary>
/// <param name="Deployment">The module (nested deployment) it belongs to; "" for main.bicep itself.</param>
public sealed record ArmResource(string Deployment, string Type, string Name, Dictionary<string, object?> Body)
{
    /// <summary>The last segment of the name: "st.../default/profiles" is "profiles".</summary>
    public string LocalName => Name[(Name.LastIndexOf('/') + 1)..];

    public Dictionary<string, object?> Properties => (Dictionary<string, object?>)Body["properties"]!;

    public object? At(string path) =>
        path.Split('.').Aggregate<string, object?>(Body, (value, key) => value is Dictionary<string, object?> map && map.TryGetValue(key, out var item) ? item : null);
}
