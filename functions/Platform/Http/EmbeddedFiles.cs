using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Matchmaker.Platform.Http;

/// <summary>
/// A page's static files, embedded in the assembly under <c>{folder}/{name}</c> (nothing to deploy beside the
/// app) and served only by name from a fixed list, so no request can reach any other resource. Every file
/// goes out with a policy that lets the page load and call only this app.
/// </summary>
public sealed class EmbeddedFiles
{
    /// <summary>
    /// Only the app's own scripts, styles, images and API. Pages show text from people and co-ops: even if
    /// some slipped past <c>textContent</c>, it could not load or run anything else. Styles set from script
    /// through the CSSOM (<c>element.style</c>) are allowed by <c>style-src 'self'</c>; no inline code is.
    /// </summary>
    public const string SelfOnlyPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly string folder;
    private readonly FrozenDictionary<string, Lazy<(byte[] Content, EntityTagHeaderValue ETag)>> files;

    /// <param name="folder">The embedded resources' logical folder, as the project file names them.</param>
    /// <param name="names">The files that may be served; anything not .html, .css, .js or .json is plain text (licences).</param>
    public EmbeddedFiles(string folder, IEnumerable<string> names)
    {
        this.folder = folder;
        files = names.ToFrozenDictionary(
            name => name, name => new Lazy<(byte[], EntityTagHeaderValue)>(() => Load(name)), StringComparer.Ordinal);
    }

    /// <summary>The file with its content type, the policy and an ETag; 404 for any name not on the list.</summary>
    public IActionResult Serve(HttpRequest request, string? name)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (name is null || !files.TryGetValue(name, out var file))
        {
            return new NotFoundResult();
        }

        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = SelfOnlyPolicy;
        // Revalidated each time: the files change with the app, and a page must never run stale against a newer
        // API. The ETag spares sending a large file again.
        headers.CacheControl = "no-cache";
        var (content, etag) = file.Value;
        var contentType = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "text/plain; charset=utf-8");
        return new FileContentResult(content, contentType) { EntityTag = etag };
    }

    private (byte[] Content, EntityTagHeaderValue ETag) Load(string name)
    {
        var resource = $"{folder}/{name}";
        using var stream = typeof(EmbeddedFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing; the project file should build it into the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var content = memory.ToArray();
        return (content, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\""));
    }
}
