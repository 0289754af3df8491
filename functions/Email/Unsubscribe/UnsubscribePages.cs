using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>
/// The small HTML pages of unsubscribing, for people who open the link in a browser. The wording is in the
/// <c>pages/unsubscribe-*.html.liquid</c> templates; which page, and its status, is decided here.
/// </summary>
public sealed class UnsubscribePages(PageTemplates pages)
{
    public static bool WantsHtml(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Asks to confirm. A GET never unsubscribes: mail security scanners open links in emails, and a link
    /// that acted on a GET would unsubscribe people who never clicked it.
    /// </summary>
    public Task<ContentResult> ConfirmAsync(HttpRequest request, string token) =>
        pages.RenderAsync(request, StatusCodes.Status200OK, "unsubscribe-confirm", new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            // Relative to the page's own address, so that it also works behind a proxy that adds a path prefix.
            ["action"] = $"unsubscribe?{UnsubscribeToken.Field}={Uri.EscapeDataString(token)}",
        });

    public Task<ContentResult> DoneAsync(HttpRequest request) =>
        pages.RenderAsync(request, StatusCodes.Status200OK, "unsubscribe-done");

    public Task<ContentResult> UnknownAsync(HttpRequest request) =>
        pages.RenderAsync(request, StatusCodes.Status404NotFound, "unsubscribe-not-valid");

    public Task<ContentResult> MissingAsync(HttpRequest request) =>
        pages.RenderAsync(request, StatusCodes.Status400BadRequest, "unsubscribe-incomplete");
}
