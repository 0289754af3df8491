using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Introductions;

/// <summary>Sends an introduction email in state unknown or failed once more, at a coordinator's explicit request.</summary>
public sealed class SendIntroductionEmailAgain(EmailResend resend)
{
    [Function(nameof(SendIntroductionEmailAgain))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "introductions/{id}/emails/{kind}/send-again")] HttpRequest request,
        string id,
        string kind,
        CancellationToken cancellationToken)
    {
        if (!IntroductionEmailKeys.TryParse(kind, out _, out _))
        {
            return Problems.Validation("kind", $"Must be one of: {string.Join(", ", IntroductionEmailKeys.All)}.");
        }

        var (input, problem) = await JsonBody.ReadValidAsync<SendAgainInput>(request, EmailResend.Validate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (result, refusal) = await resend.SendAgainAsync(id, kind, input!, request.HttpContext.GetCaller(), cancellationToken);
        return result is not null ? new AcceptedResult((string?)null, result)
            : refusal is not null ? Problems.Status(StatusCodes.Status409Conflict, "This email cannot be sent again now.", refusal)
            : Problems.NotFound();
    }
}
