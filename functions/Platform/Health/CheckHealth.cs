using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Platform.Health;

public sealed class CheckHealth(StorageHealthProbe storage, PoisonQueueProbe poison, Ranking.ActiveRankingModel model)
{
    [Function(nameof(CheckHealth))]
    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        // Poison messages make the app degraded, not down: it still serves, so the answer stays 200.
        if (await storage.IsUpAsync(cancellationToken) && await poison.ReadAsync(cancellationToken) is { } queues)
        {
            var live = await model.GetAsync(cancellationToken);
            return new OkObjectResult(HealthReport.Up(live?.Version.RowKey ?? "none", queues.Counts, queues.OldestSeconds));
        }

        Outage.SetRetryAfter(request.HttpContext.Response);
        return new ObjectResult(HealthReport.Down) { StatusCode = StatusCodes.Status503ServiceUnavailable };
    }
}
