using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
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
        return profile is null ? Problems.NotFound() : Versioned.Ok(request, profile.ETag, ProfileMapper.ToView(profile));
    }
}
