using Azure.Data.Tables;
using Matchmaker.Matching;
using Matchmaker.Storage;

namespace Matchmaker.Tests.Infrastructure;

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
}
