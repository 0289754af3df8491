using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Introductions;

/// <summary>Introductions, newest first, optionally of one status, with the state of each of their emails and what to do about a stuck one.</summary>
public sealed class ListIntroductions(IntroductionListing introductions)
{
    [Function(nameof(ListIntroductions))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "introductions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var status = request.Query["status"].ToString();
        if (status.Length > 0 && !IntroductionStatus.All.Contains(status))
        {
            return Problems.Validation("status", $"Must be one of: {string.Join(", ", IntroductionStatus.All)}.");
        }

        var (limit, problem) = QueryLimit.From(request);
        if (problem is not null)
        {
            return problem;
        }

        return new OkObjectResult(await introductions.ListAsync(status.Length > 0 ? status : null, limit, cancellationToken));
    }
}
