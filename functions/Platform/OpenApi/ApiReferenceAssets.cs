using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Matchmaker.Platform.OpenApi;

/// <summary>
/// The API reference page: Swagger UI (the npm package <c>swagger-ui-dist</c>, pinned in package.json) and
/// the app's own page and start-up script around it, all embedded in the assembly at build time and
/// served only by name from this list. Nothing is loaded from anywhere but this app.
/// </summary>
public static class ApiReferenceAssets
{
    public const string Page = "reference.html";

    /// <summary>
    /// Only the app's own scripts, styles, images and API. Swagger UI sets a few styles from script through
    /// the CSSOM (element.style), which <c>style-src 'self'</c> allows, so no <c>'unsafe-inline'</c> is needed;
    /// its icons are <c>data:</c> SVGs in its stylesheet. <c>connect-src 'self'</c> lets it fetch the document
    /// and send "Try it out" requests to this API only.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Page] = "text/html; charset=utf-8",
        ["reference.css"] = "text/css; charset=utf-8",
        ["reference.js"] = "text/javascript; charset=utf-8",
        ["swagger-ui.css"] = "text/css; charset=utf-8",
        ["swagger-ui-bundle.js"] = "text/javascript; charset=utf-8",
        // Swagger UI's licence, its notice and the licences of what its bundle includes (Apache-2.0 asks
        // that they go with every copy).
        ["swagger-ui-bundle.js.LICENSE.txt"] = "text/plain; charset=utf-8",
        ["LICENSE"] = "text/plain; charset=utf-8",
        ["NOTICE"] = "text/plain; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Lazy<(byte[] Content, EntityTagHeaderValue ETag)>> Contents =
        ContentTypes.Keys.ToFrozenDictionary(name => name, name => new Lazy<(byte[], EntityTagHeaderValue)>(() => Load(name)), StringComparer.Ordinal);

    /// <summary>The file with its content type, the page's headers and an ETag; 404 for any name not on the list.</summary>
    public static IActionResult Serve(HttpRequest request, string? name)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (name is null || !ContentTypes.TryGetValue(name, out var contentType))
        {
            return new NotFoundResult();
        }

        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        // Revalidated each time (the files change with the app); the ETag spares sending the 1.7 MB bundle again.
        headers.CacheControl = "no-cache";
        var (content, etag) = Contents[name].Value;
        return new FileContentResult(content, contentType) { EntityTag = etag };
    }

    private static (byte[] Content, EntityTagHeaderValue ETag) Load(string name)
    {
        var resource = $"reference/{name}";
        using var stream = typeof(ApiReferenceAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(
                $"The embedded resource '{resource}' is missing; the build embeds it from functions/Platform/OpenApi/wwwroot or node_modules/swagger-ui-dist.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var content = memory.ToArray();
        return (content, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\""));
    }
}
