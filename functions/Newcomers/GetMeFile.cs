using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Newcomers;

/// <summary>The me page's stylesheet and script, by name from a fixed list.</summary>
public sealed class GetMeFile
{
    [Function(nameof(GetMeFile))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/{file}")] HttpRequest request,
        string file) =>
        NewcomerAssets.Me.Serve(request, file);
}
