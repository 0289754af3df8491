using System.Text.Encodings.Web;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Introductions;

/// <summary>
/// The pages behind the response links: a confirmation form (the GET), and the result. Every value is
/// HTML-encoded; <see cref="HtmlPage"/> gives them their headers.
/// </summary>
public static class ResponsePage
{
    public static ContentResult Confirm(HttpRequest request, string token, string? answer, string needTitle) =>
        HtmlPage.Create(request, 200, "Your answer", $"""
            <p>You were asked whether you would like an introduction about <strong>{Encode(needTitle)}</strong>.</p>
            <p>Nothing happens until you press a button.</p>
            <form method="post" action="respond">
              <input type="hidden" name="token" value="{Encode(token)}">
              <button type="submit" name="answer" value="accept"{(answer == IntroductionAnswer.Accept ? " autofocus" : "")}>Yes, introduce us</button>
              <button type="submit" name="answer" value="decline"{(answer == IntroductionAnswer.Decline ? " autofocus" : "")}>No, thank you</button>
            </form>
            """);

    public static ContentResult Recorded(HttpRequest request, string answer) => answer == IntroductionAnswer.Accept
        ? HtmlPage.Create(request, 200, "Thank you", "<p>Thank you: your yes is recorded. If the other side says yes too, you will both get an email with each other's contact details.</p>")
        : HtmlPage.Create(request, 200, "Thank you", "<p>Thank you: your answer is recorded. Nothing has been shared, and both sides will be told politely.</p>");

    public static ContentResult Refused(HttpRequest request, RespondOutcome outcome) => outcome switch
    {
        RespondOutcome.Used => HtmlPage.Create(request, 410, "Already answered", "<p>This link has been used: your answer was recorded before. Nothing more to do.</p>"),
        RespondOutcome.Expired => HtmlPage.Create(request, 410, "Link expired", "<p>This link has expired: the time to answer has passed. A coordinator may suggest the introduction again.</p>"),
        RespondOutcome.Closed => HtmlPage.Create(request, 410, "Introduction closed", "<p>This introduction has ended, so there is nothing to answer any more.</p>"),
        _ => HtmlPage.Create(request, 404, "Link not valid", "<p>This link is not valid. Please use the link in your email exactly as it was sent.</p>"),
    };

    public static ContentResult TooManyAttempts(HttpRequest request) =>
        HtmlPage.Create(request, 429, "Too many attempts", "<p>Too many links that were not valid came from here. Please wait a minute and try again.</p>");

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
