using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Ranking;

public sealed class GetRetrainJob(RetrainJobs jobs)
{
    [Function(nameof(GetRetrainJob))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "model/retrain/{jobId}")] HttpRequest request,
        string jobId,
        CancellationToken cancellationToken) =>
        await jobs.FindAsync(jobId, cancellationToken) is { } job
            ? new OkObjectResult(RetrainJobView.Of(job))
            : Problems.NotFound();
}
