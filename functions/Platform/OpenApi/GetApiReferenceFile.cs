using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Platform.OpenApi;

/// <summary>The API reference page's scripts, stylesheets and licences, by name from a fixed list.</summary>
public sealed class GetApiReferenceFile
{
    [Function(nameof(GetApiReferenceFile))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reference/{file}")] HttpRequest request,
        string file) =>
        ApiReferenceAssets.Files.Serve(request, file);
}
