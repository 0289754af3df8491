using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.CoopDesk;

public sealed class ListOwnNeeds(CoopNeedProgress progress)
{
    [Function(nameof(ListOwnNeeds))]
    [RequiresRole(CallerRole.Coop)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "coops/me/needs")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(await progress.OfCoopAsync(request.HttpContext.GetCaller().SubjectId!, cancellationToken));
}
