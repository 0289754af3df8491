using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Review;

public sealed class ApproveSuggestion(SuggestionReview review)
{
    [Function(nameof(ApproveSuggestion))]
    [RequiresRole(CallerRole.Coordinator)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "suggestions/{id}/approve")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        DecisionAnswer.DecideAsync<ApproveInput>(
            request,
            DecisionValidator.Validate,
            input => review.ApproveAsync(id, input, request.HttpContext.GetCaller(), cancellationToken),
            cancellationToken);
}
