using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Review.Insights;

public sealed class GetInsights(InsightsService insights)
{
    [Function(nameof(GetInsights))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "insights")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(await insights.BuildAsync(cancellationToken));
}
