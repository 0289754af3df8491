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

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await table.DeleteEntityAsync(id, CoopEntity.Row, Azure.ETag.All, cancellationToken);
    }
}
