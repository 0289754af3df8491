using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Review;

/// <summary>
/// The review page's static files, embedded in the assembly (no build step, nothing to deploy beside the
/// app) and served only by name from this list, so no request can reach any other resource.
/// </summary>
public static class ReviewAssets
{
    public const string Page = "review.html";

    /// <summary>
    /// Only the app's own scripts, styles and API: the page shows text from people and co-ops, so even if
    /// some slipped past <c>textContent</c> it could not load or run anything else.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Page] = "text/html; charset=utf-8",
        ["review.css"] = "text/css; charset=utf-8",
        ["review.js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Lazy<string>> Contents =
        ContentTypes.Keys.ToFrozenDictionary(name => name, name => new Lazy<string>(() => Load(name)), StringComparer.Ordinal);

    /// <summary>The file with its content type and the page's headers; 404 for any name not on the list.</summary>
    public static IActionResult Serve(HttpRequest request, string? name)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (name is null || !ContentTypes.TryGetValue(name, out var contentType))
        {
            return new NotFoundResult();
        }

        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        // The files change with the app, and the page must never be served stale against a newer API.
        headers.CacheControl = "no-cache";
        return new ContentResult { Content = Contents[name].Value, ContentType = contentType, StatusCode = StatusCodes.Status200OK };
    }

    private static string Load(string name)
    {
        var resource = $"review/{name}";
        using var stream = typeof(ReviewAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing; functions/Review/wwwroot/{name} should be built into the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
