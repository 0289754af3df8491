using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Ranking;

/// <summary>Queues a retrain and answers with its job, whose progress <see cref="GetRetrainJob"/> reports.</summary>
public sealed class RetrainModel(RetrainJobs jobs)
{
    [Function(nameof(RetrainModel))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "model/retrain")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var requested = await jobs.QueueAsync(ModelRequester.Coordinator, cancellationToken);
        return new AcceptedResult($"/api/model/retrain/{requested.JobId}", requested);
    }
}
