using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Introductions;

/// <summary>
/// The small HTML pages behind the response links: a confirmation form (the GET), and the result. Every
/// value is HTML-encoded; the pages load nothing and may only post back to this app.
/// </summary>
public static class ResponsePage
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static ContentResult Confirm(string id, string token, string? answer, string needTitle) =>
        Page(200, "Your answer", $"""
            <p>You were asked whether you would like an introduction about <strong>{Encode(needTitle)}</strong>.</p>
            <p>Nothing happens until you press a button.</p>
            <form method="post" action="/api/introductions/{Encode(id)}/respond">
              <input type="hidden" name="token" value="{Encode(token)}">
              <button type="submit" name="answer" value="accept"{(answer == IntroductionAnswer.Accept ? " autofocus" : "")}>Yes, introduce us</button>
              <button type="submit" name="answer" value="decline"{(answer == IntroductionAnswer.Decline ? " autofocus" : "")}>No, thank you</button>
            </form>
            """);

    public static ContentResult Recorded(string answer) => answer == IntroductionAnswer.Accept
        ? Page(200, "Thank you", "<p>Thank you: your yes is recorded. If the other side says yes too, you will both get an email with each other's contact details.</p>")
        : Page(200, "Thank you", "<p>Thank you: your answer is recorded. Nothing has been shared, and both sides will be told politely.</p>");

    public static ContentResult Refused(RespondOutcome outcome) => outcome switch
    {
        RespondOutcome.Used => Page(410, "Already answered", "<p>This link has been used: your answer was recorded before. Nothing more to do.</p>"),
        RespondOutcome.Expired => Page(410, "Link expired", "<p>This link has expired: the time to answer has passed. A coordinator may suggest the introduction again.</p>"),
        RespondOutcome.Closed => Page(410, "Introduction closed", "<p>This introduction has ended, so there is nothing to answer any more.</p>"),
        _ => Page(404, "Link not valid", "<p>This link is not valid. Please use the link in your email exactly as it was sent.</p>"),
    };

    public static ContentResult TooManyAttempts() =>
        Page(429, "Too many attempts", "<p>Too many links that were not valid came from here. Please wait a minute and try again.</p>");

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);

    private static ContentResult Page(int status, string title, string body) => new()
    {
        StatusCode = status,
        ContentType = "text/html; charset=utf-8",
        Content = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} · Matchmaker</title>
            <style>body{"{"}font-family:sans-serif;line-height:1.5;max-width:36em;margin:2em auto;padding:0 1em;color:#222{"}"}button{"{"}font-size:1em;padding:.5em 1em;margin-right:1em{"}"}</style></head>
            <body><main><h1>{title}</h1>
            {body}
            </main></body>
            </html>
            """,
    };
}
