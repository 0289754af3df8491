using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Matchmaker.Profiles.PersonalData;
using Microsoft.Extensions.Options;

namespace Matchmaker.Matching;

/// <summary>
/// The skill index rows that make the person findable for matching. Erasing them also queues a later sweep:
/// a matching run that read the person just before the erasure can write their index rows or a pending
/// suggestion just after it.
/// </summary>
public sealed class SkillIndexData(SkillIndexer index, QueueSender queue, IOptions<MatchingOptions> options) : IPersonalDataHolder
{
    public string Name => "skillIndex";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        (await index.RowsOfAsync(profileId, cancellationToken)).Select(row => new { skill = row.Skill, level = row.Level }).ToList();

    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        // The sweep is queued first (this holder is erased first): if that fails nothing is erased yet, and
        // the owner's retry starts again. It is a profile-updates message, which for a profile that is gone
        // removes its index rows and pending suggestions.
        await queue.SendAsync(
            StorageNames.ProfileUpdatesQueue, ProfileUpdatedMessage.Erased(profileId), options.Value.ErasureSweepDelay, cancellationToken);
        await index.RemoveAsync(profileId, cancellationToken);
    }
}
