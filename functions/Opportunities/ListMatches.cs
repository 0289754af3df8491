using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Opportunities;

public sealed class ListMatches(ProfileMatches matches)
{
    [Function(nameof(ListMatches))]
    [RequiresRole(CallerRole.Owner)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles/{id}/matches")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var (limit, problem) = QueryLimit.From(request);
        if (problem is not null)
        {
            return problem;
        }

        if (await matches.ForAsync(id, limit, cancellationToken) is { } found)
        {
            return new OkObjectResult(found);
        }

        return Problems.NoModelYet(request);
    }
}
