using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles;

public sealed class ConfirmProfile(ProfileService profiles)
{
    [Function(nameof(ConfirmProfile))]
    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profiles/{id}/confirm")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadAsync<ConfirmInput>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (outcome, ownerToken) = await profiles.ConfirmAsync(id, input!.Code, cancellationToken);
        return outcome switch
        {
            ConfirmOutcome.Confirmed => new OkObjectResult(new ConfirmResult(ProfileStatus.Active, ownerToken)),
            ConfirmOutcome.InvalidCode => Problems.Validation("code", "This code does not confirm this profile's address: it was sent to an earlier address, or it has expired."),
            _ => Problems.NotFound(),
        };
    }
}
