using Azure.Data.Tables;
using Matchmaker.Storage;

namespace Matchmaker.Needs;

public sealed class NeedStore(TableServiceClient tables)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.NeedsTable);

    public Task UpsertAsync(NeedEntity need, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(need, TableUpdateMode.Replace, cancellationToken);
}
