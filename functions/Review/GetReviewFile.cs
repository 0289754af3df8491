using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Review;

/// <summary>The review page's stylesheet and script, by name from a fixed list.</summary>
public sealed class GetReviewFile
{
    [Function(nameof(GetReviewFile))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/{file}")] HttpRequest request,
        string file) =>
        ReviewAssets.Files.Serve(request, file);
}
