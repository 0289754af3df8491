using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Platform.Retention;

/// <summary>
/// Finds and deletes rows past their retention, a page at a time. Deletes go in transactions of at most 100
/// within one partition, each under the ETag the row was read with: a row changed since it was read (a
/// decision, a delivery event, a new count) stays for the next run to judge again, and a row gone meanwhile
/// (erased with its person) is no failure. What one run leaves, the next finds by the same filter.
/// </summary>
public static class ExpiredRows
{
    /// <summary>The most rows a query page returns from Azure Table Storage.</summary>
    public const int PageSize = 1000;

    // A table transaction holds at most 100 actions, all in one partition.
    private const int MaxBatch = 100;

    private static readonly string[] Keys = ["PartitionKey", "RowKey"];

    /// <summary>Deletes every row <paramref name="filter"/> finds; returns how many went.</summary>
    public static Task<int> PruneAsync(TableClient table, string filter, CancellationToken cancellationToken) =>
        PruneAsync(table, filter, Keys, (rows, _) => Task.FromResult<IEnumerable<TableEntity>>(rows), cancellationToken);

    /// <summary>
    /// Deletes the rows <paramref name="filter"/> finds that <paramref name="expired"/> lets go, a page at a
    /// time; returns how many went.
    /// </summary>
    /// <param name="select">The columns <paramref name="expired"/> reads, with the keys.</param>
    /// <param name="expired">Of one page's rows, those no longer in use.</param>
    public static async Task<int> PruneAsync(
        TableClient table,
        string filter,
        IReadOnlyList<string> select,
        Func<IReadOnlyList<TableEntity>, CancellationToken, Task<IEnumerable<TableEntity>>> expired,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(expired);
        var deleted = 0;
        var query = table.QueryAsync<TableEntity>(filter, maxPerPage: PageSize, select: select, cancellationToken: cancellationToken);
        await foreach (var page in query.AsPages())
        {
            // Deleting rows already read does not disturb the next page: its continuation names the keys after them.
            deleted += await DeleteAsync(table, [.. await expired(page.Values, cancellationToken)], cancellationToken);
        }

        return deleted;
    }

    /// <summary>Deletes the rows, each only if unchanged since read; returns how many went.</summary>
    public static async Task<int> DeleteAsync(TableClient table, IReadOnlyList<ITableEntity> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        var deleted = 0;
        foreach (var partition in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(MaxBatch))
            {
                deleted += await DeleteChunkAsync(table, chunk, cancellationToken);
            }
        }

        return deleted;
    }

    private static async Task<int> DeleteChunkAsync(TableClient table, ITableEntity[] chunk, CancellationToken cancellationToken)
    {
        if (chunk.Length > 1)
        {
            try
            {
                await table.SubmitTransactionAsync(
                    chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, r.ETag)), cancellationToken);
                return chunk.Length;
            }
            catch (TableTransactionFailedException exception) when (exception.Status is 404 or 412)
            {
                // One row changed or went meanwhile, and a transaction is all or nothing: the rest go one by one.
            }
        }

        var deleted = 0;
        foreach (var row in chunk)
        {
            deleted += await DeleteOneAsync(table, row, cancellationToken) ? 1 : 0;
        }

        return deleted;
    }

    private static async Task<bool> DeleteOneAsync(TableClient table, ITableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
            return response.Status != 404;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            return false;
        }
    }
}
