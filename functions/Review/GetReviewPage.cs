using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Review;

/// <summary>The coordinator review page. It holds no data: its scripts call the API with the coordinator key.</summary>
public sealed class GetReviewPage
{
    [Function(nameof(GetReviewPage))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review")] HttpRequest request) =>
        ReviewAssets.Page.Serve(request, ReviewAssets.PageName);
}
