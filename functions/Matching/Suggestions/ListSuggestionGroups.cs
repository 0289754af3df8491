using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Matching.Suggestions;

/// <summary>The suggestions the filters let through, counted by need: the review page's list of needs to open.</summary>
public sealed class ListSuggestionGroups(SuggestionGroups groups)
{
    [Function(nameof(ListSuggestionGroups))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "suggestions/by-need")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (filter, errors) = SuggestionFilter.From(request);
        return errors.Count > 0
            ? Problems.Validation(errors)
            : new OkObjectResult(await groups.ListAsync(filter, cancellationToken));
    }
}
