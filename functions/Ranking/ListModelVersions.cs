using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Ranking;

/// <summary>The model's history: the live version and every earlier one, live, retired or refused, newest first.</summary>
public sealed class ListModelVersions(ModelRegistry registry)
{
    [Function(nameof(ListModelVersions))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "model/versions")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(new ModelVersionList([.. (await registry.HistoryAsync(cancellationToken)).Select(ModelVersionView.Of)]));
}
