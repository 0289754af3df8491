using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles;

public sealed class CreateProfile(ProfileService profiles)
{
    [Function(nameof(CreateProfile))]
    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profiles")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadValidAsync<ProfileInput>(request, ProfileValidator.Validate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var created = await profiles.CreateAsync(input!, cancellationToken);
        return new CreatedResult($"/api/profiles/{created.Id}", created);
    }
}
