using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Newcomers;

/// <summary>The join page: a newcomer's profile form and consents; it posts to the API and then says to check the email.</summary>
public sealed class GetJoinPage
{
    [Function(nameof(GetJoinPage))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "join")] HttpRequest request) =>
        NewcomerAssets.Pages.Serve(request, "join.html");
}
