using System.Text.Encodings.Web;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>
/// The small HTML pages of unsubscribing, for people who open the link in a browser. They have no script
/// or style at all, and every value in them is encoded.
/// </summary>
public static class UnsubscribePages
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
    public static IActionResult Confirm(HttpRequest request, string token)
    {
        // Relative to the page's own address, so that it also works behind a proxy that adds a path prefix.
        var action = HtmlEncoder.Default.Encode($"unsubscribe?{UnsubscribeToken.Field}={Uri.EscapeDataString(token)}");
        return HtmlPage.Create(
            request,
            StatusCodes.Status200OK,
            "Unsubscribe from Matchmaker emails?",
            "<p>Matchmaker will send no more emails to this address.</p>" +
            $"<form method=\"post\" action=\"{action}\">" +
            "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">" +
            "<button type=\"submit\">Unsubscribe</button></form>");
    }

    public static IActionResult Done(HttpRequest request) =>
        HtmlPage.Create(request, StatusCodes.Status200OK, "You are unsubscribed", "<p>Matchmaker will send no more emails to this address.</p>");

    public static IActionResult Unknown(HttpRequest request) =>
        HtmlPage.Create(
            request,
            StatusCodes.Status404NotFound,
            "This unsubscribe link is not valid",
            "<p>It may have been copied incompletely. Open the link from the email again, or reply to the email to ask to be unsubscribed.</p>");

    public static IActionResult Missing(HttpRequest request) =>
        HtmlPage.Create(request, StatusCodes.Status400BadRequest, "This unsubscribe link is incomplete", "<p>Open the link from the email again.</p>");
}
