using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Platform.Pages;

/// <summary>The shared stylesheet and script of every page, by name from a fixed list.</summary>
public sealed class GetSiteFile
{
    [Function(nameof(GetSiteFile))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "site/{file}")] HttpRequest request,
        string file) =>
        SiteAssets.Files.Serve(request, file);
}
