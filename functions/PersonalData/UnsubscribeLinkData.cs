using Matchmaker.Profiles;
using Matchmaker.Unsubscribe;

namespace Matchmaker.PersonalData;

/// <summary>
/// The unsubscribe link of the person's address (its token's hash beside the address's keyed hash). A
/// suppression of the address stays after erasure: it is what keeps the address from being emailed again.
/// </summary>
public sealed class UnsubscribeLinkData(ProfileStore profiles, UnsubscribeLinks links) : IPersonalDataHolder
{
    public string Name => "unsubscribeLink";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        await profiles.FindAsync(profileId, cancellationToken) is { } profile
            && await links.CreatedForAsync(profile.Email, cancellationToken) is { } createdAt
                ? new { createdAt }
                : null;

    // Runs before the profile is erased, which it needs for the address.
    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        if (await profiles.FindAsync(profileId, cancellationToken) is { } profile)
        {
            await links.DeleteForAsync(profile.Email, cancellationToken);
        }
    }
}
