using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Platform.Limits;

/// <summary>
/// Counts uses of a key per clock period (an hour, a UTC day) in the <c>limits</c> table, shared by every
/// instance of the app: one row per key and period holds the count, and every write is conditional (an add,
/// or a replace under the ETag last seen), so no two instances can both take the last use.
/// </summary>
/// <remarks>
/// Each instance remembers the count and ETag it last saw for each key this period, so a use costs one write:
/// the add of the period's first use, or the replace of the count it remembers. Only when another instance
/// counted in between (409 or 412) does it read the row and try again. A count never falls within a period,
/// so a remembered count at the limit refuses without a call. Uses of one key side by side within an instance
/// are counted together: while one write is under way the next uses wait, and the next write counts them all.
/// Each writing on its own, they would all write under the same remembered ETag, all but one would lose, and
/// each loser would pay a read and another write (the day's email budget is one row every email counts on).
/// </remarks>
public sealed class LimitCounter(TableServiceClient tables, TimeProvider time)
{
    private const string CountColumn = "Count";
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly TableClient table = tables.GetTableClient(StorageNames.LimitsTable);
    private readonly ConcurrentDictionary<string, SeenCount> seen = new(StringComparer.Ordinal);

    // The uses of each key waiting for the write under way to finish (an empty list: none yet, but one is under way).
    private readonly Dictionary<string, List<TaskCompletionSource<TimeSpan?>>> waiting = new(StringComparer.Ordinal);
    private long seenHour;

    /// <summary>Counts a use in the current clock hour.</summary>
    public Task<TimeSpan?> TryTakeAsync(string key, int limit, CancellationToken cancellationToken) =>
        TryTakeAsync(key, limit, Hour, cancellationToken);

    /// <param name="key">What is counted, already hashed: never an address or a client address as such. One key is always counted over the same period.</param>
    /// <param name="period">The length of the clock periods counted in, from midnight UTC: a whole number of hours (an hour, a day), at most <see cref="Platform.Retention.RetentionOptions.LimitCounterDays"/> long.</param>
    /// <returns>null when the use is counted; otherwise how long until the next period, when uses are allowed again.</returns>
    public Task<TimeSpan?> TryTakeAsync(string key, int limit, TimeSpan period, CancellationToken cancellationToken)
    {
        var use = new TaskCompletionSource<TimeSpan?>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool leads;
        lock (waiting)
        {
            leads = !waiting.TryGetValue(key, out var uses);
            if (leads)
            {
                waiting[key] = [use];
            }
            else
            {
                uses!.Add(use);
            }
        }

        if (leads)
        {
            _ = CountWaitingAsync(key, limit, period);
        }

        return use.Task.WaitAsync(cancellationToken);
    }

    // Counts the uses of the key waiting now in one write, then those that came meanwhile, until none wait. The
    // write is not cancelled with any one caller: it counts the others too (a caller that gave up meanwhile is
    // still counted, which errs on the side of allowing less).
    private async Task CountWaitingAsync(string key, int limit, TimeSpan period)
    {
        while (true)
        {
            List<TaskCompletionSource<TimeSpan?>> uses;
            lock (waiting)
            {
                uses = waiting[key];
                if (uses.Count == 0)
                {
                    waiting.Remove(key);
                    return;
                }

                waiting[key] = [];
            }

            try
            {
                var (granted, refusedFor) = await TakeManyAsync(key, limit, period, uses.Count);
                for (var i = 0; i < uses.Count; i++)
                {
                    uses[i].TrySetResult(i < granted ? null : refusedFor);
                }
            }
            catch (Exception exception)
            {
                uses.ForEach(use => use.TrySetException(exception));
            }
        }
    }

    /// <returns>How many of <paramref name="wanted"/> uses were counted, and for the rest how long until the next period.</returns>
    private async Task<(int Granted, TimeSpan RefusedFor)> TakeManyAsync(string key, int limit, TimeSpan period, int wanted)
    {
        var now = time.GetUtcNow();
        var index = now.UtcTicks / period.Ticks;
        var refusedFor = new DateTimeOffset((index + 1) * period.Ticks, TimeSpan.Zero) - now;
        ForgetEarlierHours(now);
        // The row is keyed by the hour the period starts in, whatever its length, so every count's row key is an
        // hour and pruning old counts needs to know nothing of periods.
        var rowKey = (index * period.Ticks / Hour.Ticks).ToString("D", CultureInfo.InvariantCulture);
        var last = seen.TryGetValue(key, out var remembered) && remembered.Period == index ? remembered : null;

        // Every lost race means another use was counted, so once the count reaches the limit every caller is
        // refused: the loop ends after at most limit + 1 lost races.
        while (true)
        {
            var granted = Math.Min(wanted, limit - (last?.Count ?? 0));
            if (granted <= 0)
            {
                return (0, refusedFor);
            }

            var count = (last?.Count ?? 0) + granted;
            var counted = new TableEntity(key, rowKey) { [CountColumn] = count };
            try
            {
                var written = last is null
                    ? await table.AddEntityAsync(counted)
                    : await table.UpdateEntityAsync(counted, last.ETag, TableUpdateMode.Replace);
                if (written.Headers.ETag is { } etag)
                {
                    seen[key] = new SeenCount(index, count, etag);
                }

                return (granted, refusedFor);
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                // Another instance counted since: read the count as it is now.
                var row = await table.GetEntityIfExistsAsync<TableEntity>(key, rowKey, [CountColumn]);
                last = row.HasValue ? new SeenCount(index, row.Value!.GetInt32(CountColumn) ?? 0, row.Value.ETag) : null;
            }
        }
    }

    // Every hour the remembered counts start again, so the memory holds at most an hour's keys; a key counted
    // over a longer period then costs one read to learn its count again.
    private void ForgetEarlierHours(DateTimeOffset now)
    {
        var hour = now.UtcTicks / Hour.Ticks;
        var before = Interlocked.Exchange(ref seenHour, hour);
        if (before != hour)
        {
            seen.Clear();
        }
    }

    private sealed record SeenCount(long Period, int Count, ETag ETag);
}
