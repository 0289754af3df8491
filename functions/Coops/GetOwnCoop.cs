using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Coops;

public sealed class GetOwnCoop(CoopService coops)
{
    [Function(nameof(GetOwnCoop))]
    [RequiresRole(CallerRole.Coop)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "coops/me")] HttpRequest request,
        CancellationToken cancellationToken) =>
        await coops.FindAsync(request.HttpContext.GetCaller().SubjectId!, cancellationToken) is { } coop
            ? Versioned.Ok(request, coop.ETag, await coops.ViewAsync(coop, cancellationToken))
            : Problems.NotFound();
}
