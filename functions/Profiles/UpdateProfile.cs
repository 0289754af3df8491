using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles;

public sealed class UpdateProfile(ProfileService profiles)
{
    [Function(nameof(UpdateProfile))]
    [RequiresRole(CallerRole.Owner)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "profiles/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadValidAsync<ProfileInput>(request, ProfileValidator.Validate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await profiles.UpdateAsync(id, input!, IfMatch.From(request), cancellationToken);
        return Versioned.From(request, result, profile => profile.ETag, ProfileMapper.ToView);
    }
}
