using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Platform.Health;

public sealed class CheckHealth(
    StorageHealthProbe storage, PoisonQueueProbe poison, Ranking.ActiveRankingModel model, IEnumerable<IHealthProblemSource> problemSources)
{
    private static readonly TimeSpan ProblemsTimeout = TimeSpan.FromSeconds(3);

    [Function(nameof(CheckHealth))]
    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        // Poison messages and a wrong key make the app degraded, not down: it still serves, so the answer stays 200.
        if (await storage.IsUpAsync(cancellationToken) && await poison.ReadAsync(cancellationToken) is { } queues
            && await ProblemsAsync(cancellationToken) is { } problems)
        {
            var live = await model.GetAsync(cancellationToken);
            return new OkObjectResult(HealthReport.Up(live?.Version.RowKey ?? "none", queues.Counts, queues.OldestSeconds, problems));
        }

        Outage.SetRetryAfter(request.HttpContext.Response);
        return new ObjectResult(HealthReport.Down) { StatusCode = StatusCodes.Status503ServiceUnavailable };
    }

    /// <returns>What the features report, or null when storage stopped answering meanwhile.</returns>
    private async Task<List<string>?> ProblemsAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProblemsTimeout);
        var problems = new List<string>();
        try
        {
            foreach (var source in problemSources)
            {
                problems.AddRange(await source.ProblemsAsync(timeout.Token));
            }
        }
        catch (Exception exception) when (Outage.IsOutageOrTimeout(exception, cancellationToken))
        {
            return null;
        }

        return problems;
    }
}
