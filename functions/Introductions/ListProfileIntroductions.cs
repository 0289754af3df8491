using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Introductions;

/// <summary>The owner's own introductions, newest first.</summary>
public sealed class ListProfileIntroductions(PersonIntroductions introductions)
{
    [Function(nameof(ListProfileIntroductions))]
    [RequiresRole(CallerRole.Owner)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles/{id}/introductions")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new OkObjectResult(await introductions.OfAsync(id, cancellationToken));
}
