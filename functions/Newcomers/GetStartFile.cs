using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Newcomers;

/// <summary>The start page's stylesheet and script, by name from a fixed list.</summary>
public sealed class GetStartFile
{
    [Function(nameof(GetStartFile))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "start/{file}")] HttpRequest request,
        string file) =>
        NewcomerAssets.Start.Serve(request, file);
}
