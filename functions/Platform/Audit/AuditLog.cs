using System.Globalization;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Platform.Audit;

/// <summary>The append-only record of coordinators' decisions, key replacements and expired needs (table <c>audit</c>).</summary>
public sealed class AuditLog(TableServiceClient tables)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.AuditTable);

    public Task AppendAsync(AuditEntity entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.RowKey = $"{entry.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";
        // The row key ends in a new GUID; an upsert survives an SDK retry of a request that did succeed.
        return table.UpsertEntityAsync(entry, TableUpdateMode.Replace, cancellationToken);
    }

    public Task<IReadOnlyList<AuditEntity>> OfSuggestionAsync(string suggestionId, CancellationToken cancellationToken) =>
        OfSubjectAsync(suggestionId, cancellationToken);

    /// <summary>The entries about one subject, oldest first: a suggestion, a co-op or a need, by its id (one partition).</summary>
    public async Task<IReadOnlyList<AuditEntity>> OfSubjectAsync(string subjectId, CancellationToken cancellationToken)
    {
        var rows = new List<AuditEntity>();
        await foreach (var row in table.QueryAsync<AuditEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {subjectId}"), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Entries about the person (a scan with a filter: erasure is rare).</summary>
    public async Task<IReadOnlyList<AuditEntity>> OfProfileAsync(string profileId, CancellationToken cancellationToken)
    {
        var rows = new List<AuditEntity>();
        await foreach (var row in table.QueryAsync<AuditEntity>(TableClient.CreateQueryFilter($"ProfileId eq {profileId}"), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task DeleteAsync(AuditEntity entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var response = await table.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, Azure.ETag.All, cancellationToken);
    }
}
