using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles.SignIn;

/// <summary>Makes every other owner token of the profile stop working; the caller's own keeps working.</summary>
public sealed class SignOutOthers(SignInService signIn)
{
    [Function(nameof(SignOutOthers))]
    [RequiresRole(CallerRole.Owner)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profiles/{id}/sign-out-others")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new OkObjectResult(new SignedOutOthers(await signIn.SignOutOthersAsync(id, BearerToken.From(request)!, cancellationToken)));
}
