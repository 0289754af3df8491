using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Platform.OpenApi;

/// <summary>The API reference: <c>/api/openapi.yaml</c> as a browsable page, served by the app itself.</summary>
public sealed class GetApiReference
{
    [Function(nameof(GetApiReference))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reference")] HttpRequest request) =>
        ApiReferenceAssets.Files.Serve(request, ApiReferenceAssets.Page);
}
