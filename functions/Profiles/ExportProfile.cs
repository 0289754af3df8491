using Matchmaker.Platform.Auth;
using Matchmaker.Profiles.PersonalData;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles;

public sealed class ExportProfile(PersonalDataInventory personalData)
{
    [Function(nameof(ExportProfile))]
    [RequiresRole(CallerRole.Owner)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles/{id}/export")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new OkObjectResult(await personalData.ExportAsync(id, cancellationToken));
}
