using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Review;

public sealed class RejectSuggestion(SuggestionReview review)
{
    [Function(nameof(RejectSuggestion))]
    [RequiresRole(CallerRole.Coordinator)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "suggestions/{id}/reject")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        DecisionAnswer.DecideAsync<RejectInput>(
            request,
            DecisionValidator.Validate,
            input => review.RejectAsync(id, input, request.HttpContext.GetCaller(), cancellationToken),
            cancellationToken);
}
