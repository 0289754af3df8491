using Matchmaker.Matching;
using Matchmaker.Profiles;
using Matchmaker.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaker.PersonalData;

/// <summary>
/// Erases a person, and sweeps once more after matching runs already under way have finished: a run that
/// read the person just before the erasure can write their index rows or a pending suggestion just after it.
/// </summary>
public sealed class ProfileErasure(PersonalDataInventory personalData, QueueSender queue, IOptions<MatchingOptions> options)
{
    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        // The sweep is queued first: if that fails nothing is erased yet, and the owner's retry starts again.
        // It is a profile-updates message, which for a profile that is gone removes its index rows and pending suggestions.
        await queue.SendAsync(
            StorageNames.ProfileUpdatesQueue, ProfileUpdatedMessage.Erased(profileId), options.Value.ErasureSweepDelay, cancellationToken);
        await personalData.EraseAsync(profileId, cancellationToken);
    }
}
