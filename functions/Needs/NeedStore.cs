using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Needs;

public sealed class NeedStore(TableServiceClient tables)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.NeedsTable);

    public Task UpsertAsync(NeedEntity need, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(need, TableUpdateMode.Replace, cancellationToken);

    // An upsert, not an insert: the key is new and random, so nothing else can be overwritten, and when the
    // SDK retries a request whose first try did succeed (a slow answer under load), an insert would fail with
    // 409 EntityAlreadyExists where the upsert simply writes the same row again.
    public Task AddAsync(NeedEntity need, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(need, TableUpdateMode.Replace, cancellationToken);

    /// <summary>Replaces the need if it still has <paramref name="etag"/>; a 412 from storage means someone changed it first.</summary>
    public Task<Response> ReplaceAsync(NeedEntity need, ETag etag, CancellationToken cancellationToken) =>
        table.UpdateEntityAsync(need, etag, TableUpdateMode.Replace, cancellationToken);

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await table.DeleteEntityAsync(id, NeedEntity.Row, ETag.All, cancellationToken);
    }

    public async Task<NeedEntity?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!EntityId.IsValid(id))
        {
            return null;
        }

        var found = await table.GetEntityIfExistsAsync<NeedEntity>(id, NeedEntity.Row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// Open needs in id order after <paramref name="after"/>, of one co-op and one kind of remote work when
    /// given (storage filters those); the caller stops reading when it has enough.
    /// </summary>
    /// <param name="pageSize">How many storage reads at a time: a page's worth, or more when the caller filters further.</param>
    public IAsyncEnumerable<NeedEntity> OpenAsync(string? after, string? coopId, string? remote, int pageSize, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"Status eq {NeedStatus.Open}");
        if (after is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"PartitionKey gt {after}");
        }

        if (coopId is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"CoopId eq {coopId}");
        }

        if (remote is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Remote eq {remote}");
        }

        return table.QueryAsync<NeedEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken);
    }

    /// <summary>Every need of one co-op, open or closed (a co-op has tens of needs).</summary>
    public async Task<IReadOnlyList<NeedEntity>> OfCoopAsync(string coopId, CancellationToken cancellationToken)
    {
        var needs = new List<NeedEntity>();
        await foreach (var need in table.QueryAsync<NeedEntity>(TableClient.CreateQueryFilter($"CoopId eq {coopId}"), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            needs.Add(need);
        }

        return needs;
    }

    /// <summary>The co-op of every open need, or of those of one co-op (only that column is read).</summary>
    public async Task<IReadOnlyList<string>> CoopsOfOpenAsync(string? coopId, CancellationToken cancellationToken)
    {
        var coops = new List<string>();
        var filter = coopId is null
            ? TableClient.CreateQueryFilter($"Status eq {NeedStatus.Open}")
            : TableClient.CreateQueryFilter($"Status eq {NeedStatus.Open} and CoopId eq {coopId}");
        await foreach (var need in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: [nameof(NeedEntity.CoopId)], cancellationToken: cancellationToken))
        {
            coops.Add(need.GetString(nameof(NeedEntity.CoopId)) ?? "");
        }

        return coops;
    }

    /// <summary>Every open need, in pages of 1,000 (open needs are tens or hundreds, not the table).</summary>
    public async Task<IReadOnlyList<NeedEntity>> AllOpenAsync(CancellationToken cancellationToken)
    {
        var needs = new List<NeedEntity>();
        var filter = TableClient.CreateQueryFilter($"Status eq {NeedStatus.Open}");
        await foreach (var need in table.QueryAsync<NeedEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            needs.Add(need);
        }

        return needs;
    }

    /// <summary>The ids of every need of one co-op, open or closed (a co-op has tens of needs; only the keys are read).</summary>
    public async Task<IReadOnlyList<string>> IdsOfCoopAsync(string coopId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var filter = TableClient.CreateQueryFilter($"CoopId eq {coopId}");
        await foreach (var need in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            ids.Add(need.PartitionKey);
        }

        return ids;
    }
}
