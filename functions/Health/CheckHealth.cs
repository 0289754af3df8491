using Matchmaker.Hosting;
using System.Globalization;
using Matchmaker.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Health;

public sealed class CheckHealth(StorageHealthProbe storage, Ranking.ActiveRankingModel model)
{
    [Function(nameof(CheckHealth))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (await storage.IsUpAsync(cancellationToken))
        {
            var live = await model.GetAsync(cancellationToken);
            return new OkObjectResult(new HealthReport("ok", "up", live?.Version.RowKey ?? "none"));
        }

        request.HttpContext.Response.Headers.RetryAfter = ((int)Outage.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return new ObjectResult(new HealthReport("unavailable", "down", "none")) { StatusCode = StatusCodes.Status503ServiceUnavailable };
    }
}
