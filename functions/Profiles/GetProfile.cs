using Matchmaker.Auth;
using Matchmaker.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles;

public sealed class GetProfile(ProfileService profiles)
{
    [Function(nameof(GetProfile))]
    [RequiresRole(CallerRole.Owner)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(id, cancellationToken);
        if (profile is null)
        {
            return Problems.NotFound();
        }

        request.HttpContext.Response.Headers.ETag = profile.ETag.ToString("H");
        return new OkObjectResult(ProfileMapper.ToView(profile));
    }
}
