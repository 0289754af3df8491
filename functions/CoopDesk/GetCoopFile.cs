using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.CoopDesk;

/// <summary>The co-op page's stylesheet and script, by name from a fixed list.</summary>
public sealed class GetCoopFile
{
    [Function(nameof(GetCoopFile))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "coop/{file}")] HttpRequest request,
        string file) =>
        CoopPageAssets.Files.Serve(request, file);
}
