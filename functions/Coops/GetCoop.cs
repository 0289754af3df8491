using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Coops;

public sealed class GetCoop(CoopService coops)
{
    [Function(nameof(GetCoop))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "coops/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        await coops.FindAsync(id, cancellationToken) is { } coop
            ? Versioned.Ok(request, coop.ETag, await coops.ViewAsync(coop, cancellationToken))
            : Problems.NotFound();
}
