using System.Globalization;
using Matchmaker.Auth;
using Matchmaker.Hosting;
using Matchmaker.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Matches;

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

        // Only until the first model goes live: the bootstrap model is trained at start-up.
        request.HttpContext.Response.Headers.RetryAfter = ((int)Outage.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return Problems.Status(StatusCodes.Status503ServiceUnavailable, "No ranking model is live yet.", "The first model is trained at start-up; try again shortly.");
    }
}
