using Azure.Data.Tables;
using Matchmaker.Storage;

namespace Matchmaker.Coops;

public sealed class CoopStore(TableServiceClient tables)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.CoopsTable);

    public Task UpsertAsync(CoopEntity coop, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(coop, TableUpdateMode.Replace, cancellationToken);
}
