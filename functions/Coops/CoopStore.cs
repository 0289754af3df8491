using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Coops;

public sealed class CoopStore(TableServiceClient tables)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.CoopsTable);

    public Task UpsertAsync(CoopEntity coop, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(coop, TableUpdateMode.Replace, cancellationToken);

    public async Task<CoopEntity?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!Platform.Common.EntityId.IsValid(id))
        {
            return null;
        }

        var found = await table.GetEntityIfExistsAsync<CoopEntity>(id, CoopEntity.Row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Every co-op (they are tens, not thousands).</summary>
    public async Task<IReadOnlyList<CoopEntity>> AllAsync(CancellationToken cancellationToken)
    {
        var coops = new List<CoopEntity>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {CoopEntity.Row}");
        await foreach (var coop in table.QueryAsync<CoopEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            coops.Add(coop);
        }

        return coops;
    }

    /// <summary>Replaces the co-op if it still has its ETag (a 412 from storage otherwise), and keeps the new ETag.</summary>
    public async Task ReplaceAsync(CoopEntity coop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coop);
        var response = await table.UpdateEntityAsync(coop, coop.ETag, TableUpdateMode.Replace, cancellationToken);
        coop.ETag = response.Headers.ETag ?? coop.ETag;
    }

    /// <summary>Records a key replacement without touching the other fields (an edit at the same moment stands).</summary>
    public async Task MarkKeyRotatedAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var change = new TableEntity(id, CoopEntity.Row) { [nameof(CoopEntity.KeyRotatedAt)] = at };
        using var response = await table.UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await table.DeleteEntityAsync(id, CoopEntity.Row, ETag.All, cancellationToken);
    }
}
