using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Needs;

public sealed class GetNeed(NeedService needs)
{
    [Function(nameof(GetNeed))]
    [RequiresRole(CallerRole.Coop)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        await needs.FindForCoopAsync(id, request.HttpContext.GetCaller().SubjectId!, cancellationToken) is { } need
            ? Versioned.Ok(request, need.ETag, await needs.ViewAsync(need, cancellationToken))
            : Problems.NotFound();
}
