using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Review;

public sealed class ApproveSuggestion(SuggestionReview review)
{
    [Function(nameof(ApproveSuggestion))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "suggestions/{id}/approve")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadValidAsync<ApproveInput>(request, DecisionValidator.Validate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (decided, refusal) = await review.ApproveAsync(id, input!, request.HttpContext.GetCaller(), cancellationToken);
        return DecisionAnswer.From(decided, refusal);
    }
}
