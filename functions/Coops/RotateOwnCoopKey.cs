using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Coops;

public sealed class RotateOwnCoopKey(CoopService coops)
{
    [Function(nameof(RotateOwnCoopKey))]
    [RequiresRole(CallerRole.Coop)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "coops/me/key")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = request.HttpContext.GetCaller();
        return await coops.RotateKeyAsync(caller.SubjectId!, AuditActor.Of(caller), cancellationToken) is { } key
            ? new OkObjectResult(key)
            : Problems.NotFound();
    }
}
