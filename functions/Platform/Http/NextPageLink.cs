using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Matchmaker.Platform.Http;

/// <summary>
/// <c>Link: &lt;...&gt;; rel="next"</c> (RFC 8288) for a page that has a next one: the same path and query,
/// with <c>continuation</c> set to the page's own. Relative, so it holds whatever host the client used.
/// </summary>
public static class NextPageLink
{
    public static void Set(HttpRequest request, string? continuation)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (continuation is null)
        {
            return;
        }

        var query = new QueryBuilder(request.Query
            .Where(pair => pair.Key != "continuation")
            .SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value ?? ""))))
        {
            { "continuation", continuation },
        };
        request.HttpContext.Response.Headers.Link = $"<{request.PathBase}{request.Path}{query.ToQueryString()}>; rel=\"next\"";
    }
}
