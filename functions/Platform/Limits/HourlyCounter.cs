using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Platform.Limits;

/// <summary>
/// Counts uses of a key per clock hour in the <c>limits</c> table, shared by every instance of the app: one
/// row per key and hour holds the count, and every write is conditional (an add, or a replace under the ETag
/// last seen), so no two instances can both take the last use.
/// </summary>
/// <remarks>
/// Each instance remembers the count and ETag it last saw for each key this hour, so a use costs one write:
/// the add of the hour's first use, or the replace of the count it remembers. Only when another instance
/// counted in between (409 or 412) does it read the row and try again. A count never falls within an hour,
/// so a remembered count at the limit refuses without a call.
/// </remarks>
public sealed class HourlyCounter(TableServiceClient tables, TimeProvider time)
{
    private const string CountColumn = "Count";
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly TableClient table = tables.GetTableClient(StorageNames.LimitsTable);
    private readonly ConcurrentDictionary<string, SeenCount> seen = new(StringComparer.Ordinal);
    private long seenHour;

    /// <param name="key">What is counted, already hashed: never an address or a client address as such.</param>
    /// <returns>null when the use is counted; otherwise how long until the next hour, when uses are allowed again.</returns>
    public async Task<TimeSpan?> TryTakeAsync(string key, int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hour = now.UtcTicks / Hour.Ticks;
        ForgetEarlierHours(hour);
        var rowKey = hour.ToString("D", CultureInfo.InvariantCulture);
        var last = seen.TryGetValue(key, out var remembered) && remembered.Hour == hour ? remembered : null;

        // Every lost race means another use was counted, so once the count reaches the limit every caller is
        // refused: the loop ends after at most limit + 1 lost races.
        while (true)
        {
            if (last is not null && last.Count >= limit)
            {
                return new DateTimeOffset((hour + 1) * Hour.Ticks, TimeSpan.Zero) - now;
            }

            var counted = new TableEntity(key, rowKey) { [CountColumn] = (last?.Count ?? 0) + 1 };
            try
            {
                var written = last is null
                    ? await table.AddEntityAsync(counted, cancellationToken)
                    : await table.UpdateEntityAsync(counted, last.ETag, TableUpdateMode.Replace, cancellationToken);
                if (written.Headers.ETag is { } etag)
                {
                    seen[key] = new SeenCount(hour, (last?.Count ?? 0) + 1, etag);
                }

                return null;
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                // Another instance (or request) counted since: read the count as it is now.
                var row = await table.GetEntityIfExistsAsync<TableEntity>(key, rowKey, [CountColumn], cancellationToken);
                last = row.HasValue ? new SeenCount(hour, row.Value!.GetInt32(CountColumn) ?? 0, row.Value.ETag) : null;
            }
        }
    }

    private void ForgetEarlierHours(long hour)
    {
        var before = Interlocked.Exchange(ref seenHour, hour);
        if (before != hour)
        {
            seen.Clear();
        }
    }

    private sealed record SeenCount(long Hour, int Count, ETag ETag);
}
