using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Needs;

public sealed class ListNeeds(NeedService needs)
{
    [Function(nameof(ListNeeds))]
    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (query, problem) = NeedListQuery.From(request);
        if (problem is not null)
        {
            return problem;
        }

        var open = await needs.ListOpenAsync(query!, cancellationToken);
        var continuation = PageRequest.Encode(open.Continuation);
        NextPageLink.Set(request, continuation);
        return new OkObjectResult(open with { Continuation = continuation });
    }
}
