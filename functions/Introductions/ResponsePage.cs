using Matchmaker.Email;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Introductions;

/// <summary>
/// The pages behind the response links: a confirmation form (the GET), and the result. The wording is in
/// the <c>pages/introduction-*.html.liquid</c> templates; which page, and its status, is decided here.
/// </summary>
public sealed class ResponsePage(PageTemplates pages)
{
    public Task<ContentResult> ConfirmAsync(HttpRequest request, string token, string? answer, string? needTitle) =>
        pages.RenderAsync(request, StatusCodes.Status200OK, "introduction-confirm", new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["need_title"] = needTitle,
            ["token"] = token,

            // Only a known answer is passed on: it only decides which button has the focus.
            ["answer"] = answer is IntroductionAnswer.Accept or IntroductionAnswer.Decline ? answer : "",
        });

    public Task<ContentResult> RecordedAsync(HttpRequest request, string answer) => answer == IntroductionAnswer.Accept
        ? pages.RenderAsync(request, StatusCodes.Status200OK, "introduction-accepted")
        : pages.RenderAsync(request, StatusCodes.Status200OK, "introduction-declined");

    public Task<ContentResult> RefusedAsync(HttpRequest request, RespondOutcome outcome) => outcome switch
    {
        RespondOutcome.Used => pages.RenderAsync(request, StatusCodes.Status410Gone, "introduction-used"),
        RespondOutcome.Expired => pages.RenderAsync(request, StatusCodes.Status410Gone, "introduction-expired"),
        RespondOutcome.Closed => pages.RenderAsync(request, StatusCodes.Status410Gone, "introduction-closed"),
        _ => pages.RenderAsync(request, StatusCodes.Status404NotFound, "introduction-not-valid"),
    };

    public Task<ContentResult> TooManyAttemptsAsync(HttpRequest request) =>
        pages.RenderAsync(request, StatusCodes.Status429TooManyRequests, "introduction-too-many");
}
