using Azure.Data.Tables;
using Matchmaker.Matching;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Testing;

/// <summary>Reads the skill index rows that mention one profile, in both directions.</summary>
public static class SkillIndexRows
{
    public static async Task<List<string>> OfAsync(TableServiceClient tables, string profileId)
    {
        var table = tables.GetTableClient(StorageNames.SkillIndexTable);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SkillIndexEntity.ProfilePartition(profileId)} or RowKey eq {profileId}");
        var rows = new List<string>();
        await foreach (var row in table.QueryAsync<SkillIndexEntity>(filter))
        {
            rows.Add($"{row.PartitionKey}/{row.RowKey}/{row.Skill}/{row.Level}");
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// True once the profile is fully indexed: the indexer writes its tracking rows before the index rows,
    /// so rows read part-way through hold tracking rows without their pairs.
    /// </summary>
    public static bool AreComplete(IReadOnlyList<string> rows, string profileId)
    {
        var tracking = rows.Where(row => row.StartsWith($"{SkillIndexEntity.ProfilePartition(profileId)}/", StringComparison.Ordinal)).ToList();
        var paired = tracking
            .Select(row => row.Split('/'))
            .Select(parts => $"{SkillIndexEntity.SkillPartition(parts[1])}/{profileId}/{parts[2]}/{parts[3]}")
            .ToHashSet(StringComparer.Ordinal);
        return tracking.Count > 0 && rows.Count == 2 * tracking.Count && rows.All(row => tracking.Contains(row) || paired.Contains(row));
    }
}
