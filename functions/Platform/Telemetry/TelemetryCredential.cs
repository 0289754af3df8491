using Azure.Core;
using Matchmaker.Platform.Common;

namespace Matchmaker.Platform.Telemetry;

/// <summary>
/// The credential for Application Insights ingestion, read from <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c>
/// in the form the Functions host reads (<c>Authorization=AAD;ClientId=...</c>), so the worker and the host
/// send with the same identity. Without it (or without <c>Authorization=AAD</c>) there is none.
/// </summary>
public static class TelemetryCredential
{
    public static TokenCredential? FromAuthenticationString(string? authentication)
    {
        if (string.IsNullOrWhiteSpace(authentication))
        {
            return null;
        }

        var parts = authentication.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var kind) || !kind.Equals("AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return ManagedIdentity.Credential(parts.GetValueOrDefault("ClientId"));
    }
}
