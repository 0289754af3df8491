using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Matching;

public sealed class SkillIndexStore(TableServiceClient tables)
{
    // A table transaction holds at most 100 actions, all in one partition.
    private const int MaxBatch = 100;

    private readonly TableClient table = tables.GetTableClient(StorageNames.SkillIndexTable);

    public async Task<IReadOnlyList<SkillIndexEntity>> RowsOfProfileAsync(string profileId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SkillIndexEntity.ProfilePartition(profileId)}");
        var rows = new List<SkillIndexEntity>();
        await foreach (var row in table.QueryAsync<SkillIndexEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Every skill partition's row of the profile, found by row key across the table (a scan).</summary>
    public async Task<IReadOnlyList<SkillIndexEntity>> IndexRowsNamingAsync(string profileId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {profileId}");
        var rows = new List<SkillIndexEntity>();
        await foreach (var row in table.QueryAsync<SkillIndexEntity>(filter, maxPerPage: 1000, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (row.PartitionKey.StartsWith(SkillIndexEntity.SkillPartition(""), StringComparison.Ordinal))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>
    /// Up to <paramref name="max"/> index rows of people who have the skill (by its storage key), in pages of
    /// 1,000: those whose profile id is <paramref name="startAt"/> or after it first, then from the start of the
    /// partition, so a partition larger than the bound is read from a different place for each caller.
    /// </summary>
    public async Task<IReadOnlyList<SkillIndexEntity>> ProfilesWithSkillAsync(string skillKey, int max, string startAt, CancellationToken cancellationToken)
    {
        var partition = SkillIndexEntity.SkillPartition(skillKey);
        var rows = new List<SkillIndexEntity>();
        await ReadAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {startAt}"), rows, max, cancellationToken);
        if (rows.Count < max)
        {
            await ReadAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {startAt}"), rows, max, cancellationToken);
        }

        return rows;
    }

    private async Task ReadAsync(string filter, List<SkillIndexEntity> rows, int max, CancellationToken cancellationToken)
    {
        await foreach (var row in table.QueryAsync<SkillIndexEntity>(filter, maxPerPage: Math.Clamp(max - rows.Count, 1, 1000), cancellationToken: cancellationToken))
        {
            rows.Add(row);
            if (rows.Count >= max)
            {
                break;
            }
        }
    }

    public Task UpsertAsync(SkillIndexEntity row, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);

    public async Task DeleteAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        // Deleting a row that is already gone is success: a redelivered message may get here twice.
        using var response = await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
    }

    /// <summary>Upserts (or deletes) rows of one partition in transactions of at most 100.</summary>
    public async Task SubmitAsync(IEnumerable<SkillIndexEntity> rows, TableTransactionActionType action, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(action, row, ETag.All)), cancellationToken);
        }
    }
}
