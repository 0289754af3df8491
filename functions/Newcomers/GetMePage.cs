using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Newcomers;

/// <summary>A newcomer's own page; it holds no data: its script calls the API with the owner token kept in the tab.</summary>
public sealed class GetMePage
{
    [Function(nameof(GetMePage))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request) =>
        NewcomerAssets.Pages.Serve(request, "me.html");
}
