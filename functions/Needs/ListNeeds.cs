using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Needs;

public sealed class ListNeeds(NeedService needs)
{
    [Function(nameof(ListNeeds))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (page, problem) = PageRequest.From(request);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            var open = await needs.ListOpenAsync(page!.Limit, page.StorageContinuation, cancellationToken);
            return new OkObjectResult(open with { Continuation = PageRequest.Encode(open.Continuation) });
        }
        catch (Azure.RequestFailedException exception) when (exception.Status == StatusCodes.Status400BadRequest)
        {
            return Problems.Validation("continuation", "Not a continuation this API gave out.");
        }
    }
}
