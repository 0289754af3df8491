using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Ranking;

public sealed class RetrainModel(QueueSender queue, TimeProvider time)
{
    [Function(nameof(RetrainModel))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "model/retrain")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var requested = new ModelRetrainRequested(time.GetUtcNow());
        await queue.SendAsync(StorageNames.ModelRetrainQueue, requested, cancellationToken);
        return new AcceptedResult((string?)null, requested);
    }
}
