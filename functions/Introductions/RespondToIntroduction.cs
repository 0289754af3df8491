using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Introductions;

/// <summary>
/// Accept or decline an introduction with a response token: JSON <c>{token, answer}</c> answers JSON; the
/// confirmation page's form answers with a page.
/// </summary>
public sealed class RespondToIntroduction(IntroductionResponses responses, BadTokenThrottle throttle, CallerAddress callers, ResponsePage page)
{
    [Function(nameof(RespondToIntroduction))]
    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "introductions/{id}/respond")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var fromPage = request.HasFormContentType;
        var address = callers.Of(request.HttpContext);
        if (throttle.IsBlocked(address))
        {
            return fromPage ? await page.TooManyAttemptsAsync(request) : Problems.Status(429, "Too many links that were not valid came from this address.", "Wait a minute.");
        }

        RespondInput? input;
        if (fromPage)
        {
            if (request.ContentLength is not { } length || length > JsonBody.MaxBytes)
            {
                return Problems.TooLarge(JsonBody.MaxBytes);
            }

            var form = await request.ReadFormAsync(cancellationToken);
            input = new RespondInput(form["token"].ToString(), form["answer"].ToString());
        }
        else
        {
            (input, var problem) = await JsonBody.ReadAsync<RespondInput>(request, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }
        }

        if (string.IsNullOrEmpty(input?.Token))
        {
            return Problems.Validation("token", "The token from the email's link is required.");
        }

        if (input.Answer is not (IntroductionAnswer.Accept or IntroductionAnswer.Decline))
        {
            return Problems.Validation("answer", "Must be \"accept\" or \"decline\".");
        }

        var outcome = await responses.RespondAsync(id, input.Token, input.Answer, cancellationToken);
        if (outcome == RespondOutcome.NotFound)
        {
            throttle.Miss(address);
        }

        if (fromPage)
        {
            return outcome == RespondOutcome.Recorded
                ? await page.RecordedAsync(request, input.Answer)
                : await page.RefusedAsync(request, outcome);
        }

        return outcome switch
        {
            RespondOutcome.Recorded => new OkObjectResult(new RespondResult(RespondResult.Recorded, input.Answer)),
            RespondOutcome.NotFound => Problems.NotFound(),
            _ => Problems.Status(410, outcome switch
            {
                RespondOutcome.Used => "This link has been used already.",
                RespondOutcome.Expired => "This link has expired.",
                _ => "This introduction has ended.",
            }),
        };
    }
}
