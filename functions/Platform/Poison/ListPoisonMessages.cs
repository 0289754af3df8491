using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Platform.Poison;

/// <summary>The messages that failed every try, oldest first, with ids only.</summary>
public sealed class ListPoisonMessages(PoisonMessages poison)
{
    [Function(nameof(ListPoisonMessages))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "poison")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(await poison.ListAsync(cancellationToken));
}
