using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Limits;
using Matchmaker.Profiles.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles;

public sealed class CreateProfile(ProfileService profiles, EmailRequestLimits limits, CallerAddress callers)
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

        if (await limits.TryTakeAsync(input!.Email!, callers.Of(request.HttpContext), cancellationToken) is { } wait)
        {
            return Problems.TooMany(request.HttpContext.Response, wait, "Too many sign-ups.");
        }

        var created = await profiles.CreateAsync(input, cancellationToken);
        return new CreatedResult($"/api/profiles/{created.Id}", created);
    }
}
