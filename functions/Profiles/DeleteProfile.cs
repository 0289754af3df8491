using Matchmaker.Platform.Auth;
using Matchmaker.Profiles.PersonalData;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles;

public sealed class DeleteProfile(PersonalDataInventory personalData)
{
    /// <summary>Erases everything about the person; repeating it after an interruption finishes the job.</summary>
    [Function(nameof(DeleteProfile))]
    [RequiresRole(CallerRole.Owner)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "profiles/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        await personalData.EraseAsync(id, cancellationToken);
        return new NoContentResult();
    }
}
