using Azure;
using Microsoft.AspNetCore.Http;

namespace Matchmaker.Platform.Http;

/// <summary>The <c>If-Match</c> header as an ETag; null when absent or <c>*</c> (any version).</summary>
public static class IfMatch
{
    public static ETag? From(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        return value.Length == 0 || value == "*" ? null : new ETag(value);
    }
}
