using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Ranking;

public sealed class GetModel(ModelRegistry registry)
{
    [Function(nameof(GetModel))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "model")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var live = await registry.ActiveAsync(cancellationToken);
        return live is null
            ? Problems.Status(StatusCodes.Status404NotFound, "No model is live yet.", "The first model is trained at start-up; try again shortly.")
            : new OkObjectResult(ModelReport.Of(live));
    }
}
