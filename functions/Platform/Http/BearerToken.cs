using Microsoft.AspNetCore.Http;

namespace Matchmaker.Platform.Http;

/// <summary>The credential of <c>Authorization: Bearer &lt;token&gt;</c>, or null.</summary>
public static class BearerToken
{
    public static string? From(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }
}
