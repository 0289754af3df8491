using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Coops;

public sealed class ListCoops(CoopService coops)
{
    [Function(nameof(ListCoops))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "coops")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(await coops.ListAsync(cancellationToken));
}
