using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.CoopDesk;

/// <summary>The co-op page: a co-op signs in with its key, posts and manages its needs, its public profile and its key.</summary>
public sealed class GetCoopPage
{
    [Function(nameof(GetCoopPage))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "coop")] HttpRequest request) =>
        CoopPageAssets.Page.Serve(request, "coop.html");
}
