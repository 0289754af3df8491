using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Matching.Suggestions;

public sealed class ListSuggestions(SuggestionBrowser suggestions)
{
    [Function(nameof(ListSuggestions))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "suggestions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (filter, errors) = SuggestionFilter.From(request);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var (page, problem) = PageRequest.From(request);
        if (problem is not null)
        {
            return problem;
        }

        SuggestionCursor? after = null;
        if (page!.StorageContinuation is not null && !SuggestionCursor.TryParse(page.StorageContinuation, out after))
        {
            return Problems.Validation("continuation", "Not a continuation this API gave out.");
        }

        var found = await suggestions.ListAsync(filter, page.Limit, after, cancellationToken);
        return new OkObjectResult(found with { Continuation = PageRequest.Encode(found.Continuation) });
    }
}
