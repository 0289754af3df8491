using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>Resolves <c>%Setting%</c> in trigger arguments from configuration, as the Functions host does.</summary>
public static partial class BindingExpression
{
    public static string Resolve(string value, IConfiguration configuration) =>
        Setting().Replace(value, match => configuration[match.Groups[1].Value]
            ?? throw new InvalidOperationException($"The setting '{match.Groups[1].Value}' used in a trigger is not configured."));

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Setting();
}
