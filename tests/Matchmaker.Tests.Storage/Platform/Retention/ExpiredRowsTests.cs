using Azure.Core;
using Azure.Data.Tables;
using Matchmaker.Platform.Retention;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.Storage.Platform.Retention;

/// <summary>How expired rows are deleted: in transactions of at most 100 per partition, a page at a time, each only if unchanged since read.</summary>
public sealed class ExpiredRowsTests : IAsyncLifetime
{
    private const string Expired = "Expired eq true";

    private RetentionWorld world = null!;
    private TableClient table = null!;

    public async Task InitializeAsync()
    {
        world = await RetentionWorld.CreateAsync();
        table = world.Tables.GetTableClient(StorageNames.AuditTable);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_row_changed_after_it_was_read_stays_and_the_rest_of_its_partition_goes()
    {
        await AddAsync("subject", 5);
        var read = await ReadAsync();
        await table.UpdateEntityAsync(new TableEntity("subject", "row-2") { ["Note"] = "changed" }, read[2].ETag, TableUpdateMode.Merge);

        var deleted = await ExpiredRows.DeleteAsync(table, read, default);

        Assert.Equal(4, deleted);
        Assert.Equal(["subject/row-2"], await world.KeysAsync(StorageNames.AuditTable));
    }

    [Fact]
    public async Task A_row_gone_meanwhile_is_no_failure()
    {
        await AddAsync("subject", 3);
        var read = await ReadAsync();
        await table.DeleteEntityAsync("subject", "row-1");

        var deleted = await ExpiredRows.DeleteAsync(table, read, default);

        Assert.Equal(2, deleted);
        Assert.Empty(await world.KeysAsync(StorageNames.AuditTable));
    }

    [Fact]
    public async Task Rows_of_one_partition_go_in_transactions_of_at_most_100_and_every_page_is_pruned()
    {
        // 1,250 rows: two pages of a query, and 13 transactions, the last one of 50.
        await AddAsync("subject", 1250);
        await AddAsync("other", 1, expired: false);
        var requests = new RequestMethodLog();
        var options = new TableClientOptions();
        options.AddPolicy(requests, HttpPipelinePosition.PerCall);
        var counted = new TableServiceClient(world.ConnectionString, options).GetTableClient(StorageNames.AuditTable);

        var deleted = await ExpiredRows.PruneAsync(counted, Expired, default);

        Assert.Equal(1250, deleted);
        Assert.Equal(["other/row-0"], await world.KeysAsync(StorageNames.AuditTable));
        Assert.Equal(13, requests.Methods.Count(m => m == "POST"));
        Assert.DoesNotContain("DELETE", requests.Methods);
    }

    private async Task AddAsync(string partition, int count, bool expired = true)
    {
        var rows = Enumerable.Range(0, count).Select(i => new TableEntity(partition, $"row-{i}") { ["Expired"] = expired }).ToList();
        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)));
        }
    }

    private async Task<List<ITableEntity>> ReadAsync()
    {
        var rows = new List<ITableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(Expired, select: ["PartitionKey", "RowKey"]))
        {
            rows.Add(row);
        }

        return rows;
    }
}
