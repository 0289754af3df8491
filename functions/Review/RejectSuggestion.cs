using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Review;

public sealed class RejectSuggestion(SuggestionReview review)
{
    [Function(nameof(RejectSuggestion))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "suggestions/{id}/reject")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadValidAsync<RejectInput>(request, DecisionValidator.Validate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (decided, refusal) = await review.RejectAsync(id, input!, request.HttpContext.GetCaller(), cancellationToken);
        return DecisionAnswer.From(decided, refusal);
    }
}
