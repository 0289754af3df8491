using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Platform.Http;

/// <summary>
/// The HTTP side of the small HTML pages behind links in emails (answering an introduction, unsubscribing);
/// their wording and markup come from templates, which encode every value. Whatever a template holds, the
/// policy lets nothing load (no script, no style) and the one form post only back to this app, and the page
/// is never cached (its address holds a token).
/// </summary>
public static class HtmlPage
{
    public const string ContentSecurityPolicy = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static ContentResult Create(HttpRequest request, int status, string html)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.CacheControl = "no-store";
        return new ContentResult
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
            Content = html,
        };
    }
}
