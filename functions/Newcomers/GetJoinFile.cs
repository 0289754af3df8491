using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Newcomers;

/// <summary>The join page's stylesheet and script, by name from a fixed list.</summary>
public sealed class GetJoinFile
{
    [Function(nameof(GetJoinFile))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "join/{file}")] HttpRequest request,
        string file) =>
        NewcomerAssets.Join.Serve(request, file);
}
