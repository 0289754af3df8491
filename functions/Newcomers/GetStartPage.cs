using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Newcomers;

/// <summary>The start page: where newcomers, co-ops and coordinators begin, and the open needs.</summary>
public sealed class GetStartPage
{
    [Function(nameof(GetStartPage))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "start")] HttpRequest request) =>
        NewcomerAssets.Pages.Serve(request, "start.html");
}
