using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Profiles.Limits;

/// <summary>
/// Counts uses of a key per clock hour in the <c>limits</c> table, shared by every instance of the app: one
/// row per key and hour holds the count. A use reads the row (a refusal costs that one read) and writes the
/// count one higher under the ETag it read, or adds the row for the hour's first use; a write another instance
/// got in first (412, or 409 on the add) is read again and retried. So an allowed use costs two round trips
/// and no two instances can both take the last use.
/// </summary>
public sealed class HourlyCounter(TableServiceClient tables, TimeProvider time)
{
    private const string CountColumn = "Count";
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly TableClient table = tables.GetTableClient(StorageNames.LimitsTable);

    /// <param name="key">What is counted, already hashed: never an address or a client address as such.</param>
    /// <returns>null when the use is counted; otherwise how long until the next hour, when uses are allowed again.</returns>
    public async Task<TimeSpan?> TryTakeAsync(string key, int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hour = now.UtcTicks / Hour.Ticks;
        var rowKey = hour.ToString("D", CultureInfo.InvariantCulture);

        // Every lost race means another use was counted, so once the count reaches the limit every caller is
        // refused by the read: the loop ends after at most limit + 1 lost races.
        while (true)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(key, rowKey, [CountColumn], cancellationToken);
            var count = row.HasValue ? row.Value!.GetInt32(CountColumn) ?? 0 : 0;
            if (count >= limit)
            {
                return new DateTimeOffset((hour + 1) * Hour.Ticks, TimeSpan.Zero) - now;
            }

            try
            {
                var counted = new TableEntity(key, rowKey) { [CountColumn] = count + 1 };
                await (row.HasValue
                    ? table.UpdateEntityAsync(counted, row.Value!.ETag, TableUpdateMode.Replace, cancellationToken)
                    : table.AddEntityAsync(counted, cancellationToken));
                return null;
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                // Another use was counted between the read and the write: read the new count.
            }
        }
    }
}
