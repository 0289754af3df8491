using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Introductions;

/// <summary>
/// The person accepts or declines one of their introductions on their own page, signed in as the owner:
/// the same step as the email's link (<see cref="IntroductionResponses"/>).
/// </summary>
public sealed class RespondToProfileIntroduction(IntroductionResponses responses)
{
    [Function(nameof(RespondToProfileIntroduction))]
    [RequiresRole(CallerRole.Owner)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profiles/{id}/introductions/{introductionId}/respond")] HttpRequest request,
        string id,
        string introductionId,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadAsync<PersonAnswerInput>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (input!.Answer is not (IntroductionAnswer.Accept or IntroductionAnswer.Decline))
        {
            return Problems.Validation("answer", "Must be \"accept\" or \"decline\".");
        }

        return await responses.RespondAsPersonAsync(introductionId, id, input.Answer, cancellationToken) switch
        {
            RespondOutcome.Recorded => new OkObjectResult(new RespondResult(RespondResult.Recorded, input.Answer)),
            RespondOutcome.NotFound => Problems.NotFound(),
            RespondOutcome.Used => Problems.Status(StatusCodes.Status409Conflict, "You have answered this introduction already."),
            RespondOutcome.Expired => Problems.Status(StatusCodes.Status409Conflict, "This introduction is not waiting for your answer."),
            _ => Problems.Status(StatusCodes.Status409Conflict, "This introduction has ended."),
        };
    }
}
