using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Opportunities;

public sealed class GetAdvice(AdviceService advice)
{
    [Function(nameof(GetAdvice))]
    [RequiresRole(CallerRole.Owner)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles/{id}/advice")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (await advice.ForAsync(id, cancellationToken) is { } found)
        {
            return new OkObjectResult(found);
        }

        return Problems.NoModelYet(request);
    }
}
