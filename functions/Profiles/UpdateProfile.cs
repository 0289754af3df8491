using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Matchmaker.Profiles.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles;

/// <summary>
/// Replaces an owner's profile. A save that will email a confirmation link (a new address, or a profile still
/// waiting for confirmation) counts against that address's hourly limit first, as a sign-up does.
/// </summary>
public sealed class UpdateProfile(ProfileService profiles, EmailRequestLimits limits)
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

        if (await profiles.FindAsync(id, cancellationToken) is { } current
            && (current.Status == ProfileStatus.PendingConfirmation || !string.Equals(current.Email, input!.Email, StringComparison.Ordinal))
            && await limits.TryTakeForAddressAsync(input!.Email!, cancellationToken) is { } wait)
        {
            return Problems.TooMany(request.HttpContext.Response, wait, "Too many confirmation emails to this address.");
        }

        var result = await profiles.UpdateAsync(id, input!, IfMatch.From(request), cancellationToken);
        return Versioned.From(request, result, profile => profile.ETag, ProfileMapper.ToView);
    }
}
