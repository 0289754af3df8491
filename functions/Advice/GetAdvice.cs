using System.Globalization;
using Matchmaker.Auth;
using Matchmaker.Hosting;
using Matchmaker.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Advice;

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

        // As for matches: only until the first model is live, which start-up trains.
        request.HttpContext.Response.Headers.RetryAfter = ((int)Outage.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return Problems.Status(StatusCodes.Status503ServiceUnavailable, "No ranking model is live yet.", "The first model is trained at start-up; try again shortly.");
    }
}
