namespace Matchmaker.Tests.System.Deployment;

/// <summary>Finds things in an evaluated deployment.</summary>
public static class Deployed
{
    public static ArmResource One(this List<ArmResource> resources, string type) => Assert.Single(resources, r => r.Type == type);

    public static IEnumerable<ArmResource> OfType(this List<ArmResource> resources, string type) => resources.Where(r => r.Type == type);

    /// <summary>The function app's settings, from its <c>config/appsettings</c> resource.</summary>
    public static Dictionary<string, object?> AppSettings(this List<ArmResource> resources) =>
        Assert.Single(resources, r => r.Type == "Microsoft.Web/sites/config" && r.LocalName == "appsettings").Properties;

    /// <summary>Whether <paramref name="value"/> is an output of the module <paramref name="module"/>, e.g. the identity's principal id.</summary>
    /// <remarks>An opaque value used as a property name is rendered in angle brackets; both forms are read.</remarks>
    public static bool IsOutputOf(object? value, string module, string output) =>
        (value is ArmOpaque opaque ? opaque.Text : value is string text && text.StartsWith('<') && text.EndsWith('>') ? text[1..^1] : null) is { } expression
        && expression.Contains($"'Microsoft.Resources/deployments', '{module}')", StringComparison.Ordinal)
        && expression.EndsWith($".outputs.{output}.value", StringComparison.Ordinal);
}
