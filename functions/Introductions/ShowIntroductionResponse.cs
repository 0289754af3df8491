using Matchmaker.Needs;
using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Introductions;

/// <summary>
/// Where a response link leads: a page asking to confirm the answer. It changes nothing, because mail
/// scanners open links; only the page's button (a POST) answers.
/// </summary>
public sealed class ShowIntroductionResponse(IntroductionResponses responses, NeedStore needs, BadTokenThrottle throttle, CallerAddress callers, ResponsePage page)
{
    [Function(nameof(ShowIntroductionResponse))]
    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "introductions/{id}/respond")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var address = callers.Of(request.HttpContext);
        if (throttle.IsBlocked(address))
        {
            return await page.TooManyAttemptsAsync(request);
        }

        var token = request.Query["token"].ToString();
        var (outcome, introduction, _) = await responses.CheckAsync(id, token, cancellationToken);
        if (outcome == RespondOutcome.NotFound)
        {
            throttle.Miss(address);
        }

        if (outcome != RespondOutcome.Recorded)
        {
            return await page.RefusedAsync(request, outcome);
        }

        var need = await needs.FindAsync(introduction!.NeedId, cancellationToken);
        return await page.ConfirmAsync(request, token, request.Query["answer"].ToString(), need?.Title);
    }
}
