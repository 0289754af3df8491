using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Platform.Http;

/// <summary>
/// The small HTML pages behind links in emails (answering an introduction, unsubscribing): no script or
/// style, the title encoded here and every value in the body encoded by the caller, a policy that lets
/// nothing load and the one form post only back to this app, and never cached (the address holds a token).
/// </summary>
public static class HtmlPage
{
    public const string ContentSecurityPolicy = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static ContentResult Create(HttpRequest request, int status, string title, string bodyHtml)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.CacheControl = "no-store";
        var encodedTitle = HtmlEncoder.Default.Encode(title);
        return new ContentResult
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
            Content =
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">" +
                $"<title>{encodedTitle} · Matchmaker</title></head><body><main><h1>{encodedTitle}</h1>{bodyHtml}</main></body></html>",
        };
    }
}
