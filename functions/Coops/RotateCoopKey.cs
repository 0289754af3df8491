using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Coops;

public sealed class RotateCoopKey(CoopService coops)
{
    [Function(nameof(RotateCoopKey))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "coops/{id}/key")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        await coops.RotateKeyAsync(id, AuditActor.Of(request.HttpContext.GetCaller()), cancellationToken) is { } key
            ? new OkObjectResult(key)
            : Problems.NotFound();
}
