using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Model.Skills;
using Matchmaker.Platform.Http;
using Matchmaker.Profiles;

namespace Matchmaker.Matching;

/// <summary>
/// Brings the skill index in line with a profile as it is now. It reads the current profile rather than
/// trusting the message, so running it any number of times, in any order, ends in the same rows.
/// Only active profiles that consent to matching are indexed; anything else has its rows removed.
/// </summary>
public sealed class SkillIndexer(ProfileStore profiles, SkillIndexStore index)
{
    public async Task IndexAsync(string profileId, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(profileId, cancellationToken);
        if (profile is null)
        {
            await RemoveEverywhereAsync(profileId, cancellationToken);
            return;
        }

        var wanted = Indexable(profile) ? DesiredRows(profile) : [];
        await SyncAsync(profileId, wanted, cancellationToken);
        if (wanted.Count == 0)
        {
            return;
        }

        // Withdrawn or erased while these rows were written: the run for that change may have removed the
        // rows (through their tracking rows) before they were all written, so this run removes its own.
        if (await profiles.FindAsync(profileId, cancellationToken) is not { } now || !Indexable(now))
        {
            await SyncAsync(profileId, [], cancellationToken);
            await DeleteAsync(wanted, cancellationToken);
        }
    }

    public Task<IReadOnlyList<SkillIndexEntity>> RowsOfAsync(string profileId, CancellationToken cancellationToken) =>
        index.RowsOfProfileAsync(profileId, cancellationToken);

    /// <summary>Removes every index row of the profile, whatever its state.</summary>
    public Task RemoveAsync(string profileId, CancellationToken cancellationToken) => SyncAsync(profileId, [], cancellationToken);

    private async Task SyncAsync(string profileId, List<SkillIndexEntity> wanted, CancellationToken cancellationToken)
    {
        var existing = await index.RowsOfProfileAsync(profileId, cancellationToken);

        // Tracking rows first, so that a crash part-way never leaves an index row nobody can find to remove.
        var tracking = wanted.Select(row => Tracking(profileId, row)).ToList();
        await index.SubmitAsync(tracking, TableTransactionActionType.UpsertReplace, cancellationToken);
        await Task.WhenAll(wanted.Select(row => index.UpsertAsync(row, cancellationToken)));

        var wantedKeys = tracking.Select(row => row.RowKey).ToHashSet(StringComparer.Ordinal);
        var stale = existing.Where(row => !wantedKeys.Contains(row.RowKey)).ToList();
        await Task.WhenAll(stale.Select(row => index.DeleteAsync(SkillIndexEntity.SkillPartition(row.RowKey), profileId, cancellationToken)));
        await index.SubmitAsync(stale, TableTransactionActionType.Delete, cancellationToken);
    }

    private static bool Indexable(ProfileEntity profile) => profile is { Status: ProfileStatus.Active, ConsentMatching: true };

    /// <summary>
    /// For a profile that is gone: its rows through the tracking rows, then any index row naming it that
    /// has lost its tracking row (a run that wrote it after an erasure had removed the tracking rows). Those
    /// are found by row key alone, a scan of the table, which only this rare case pays for.
    /// </summary>
    private async Task RemoveEverywhereAsync(string profileId, CancellationToken cancellationToken)
    {
        await SyncAsync(profileId, [], cancellationToken);
        await DeleteAsync(await index.IndexRowsNamingAsync(profileId, cancellationToken), cancellationToken);
    }

    private Task DeleteAsync(IEnumerable<SkillIndexEntity> rows, CancellationToken cancellationToken) =>
        Task.WhenAll(rows.Select(row => index.DeleteAsync(row.PartitionKey, row.RowKey, cancellationToken)));

    private static List<SkillIndexEntity> DesiredRows(ProfileEntity profile)
    {
        var projection = JsonSerializer.Serialize(MatchingProjections.Of(profile), MatchmakerJson.Options);
        return [.. ProfileMapper.SkillsOf(profile)
            .GroupBy(skill => skill.Key, StringComparer.Ordinal)
            .Select(group => new SkillIndexEntity
            {
                PartitionKey = SkillIndexEntity.SkillPartition(SkillKey.For(group.Key)),
                RowKey = profile.Id,
                Skill = group.Key,
                Level = group.MaxBy(skill => Array.IndexOf(Platform.Common.FieldRules.Levels, skill.Level))!.Level,
                Projection = projection,
            })];
    }

    private static SkillIndexEntity Tracking(string profileId, SkillIndexEntity row) => new()
    {
        PartitionKey = SkillIndexEntity.ProfilePartition(profileId),
        RowKey = row.PartitionKey["skill-".Length..],
        Skill = row.Skill,
        Level = row.Level,
    };
}
