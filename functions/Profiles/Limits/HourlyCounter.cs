using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Profiles.Limits;

/// <summary>
/// Counts uses of a key per clock hour in the <c>limits</c> table, shared by every instance of the app: the
/// hour's partition of the key holds one row per use, numbered 1 to the limit, and a use takes the first
/// free number with one insert (an insert of a taken number fails with 409 and the next is tried). So an
/// allowed use costs one write, and no two instances can both take the last one.
/// </summary>
public sealed class HourlyCounter(TableServiceClient tables, TimeProvider time)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly TableClient table = tables.GetTableClient(StorageNames.LimitsTable);

    /// <param name="key">What is counted, already hashed: never an address or a client address as such.</param>
    /// <returns>null when the use is counted; otherwise how long until the next hour, when uses are allowed again.</returns>
    public async Task<TimeSpan?> TryTakeAsync(string key, int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hour = now.UtcTicks / Hour.Ticks;
        var partition = $"{key}-{hour.ToString(CultureInfo.InvariantCulture)}";
        for (var use = 1; use <= limit; use++)
        {
            try
            {
                await table.AddEntityAsync(new TableEntity(partition, use.ToString("D5", CultureInfo.InvariantCulture)) { ["At"] = now }, cancellationToken);
                return null;
            }
            catch (RequestFailedException exception) when (exception.Status == 409)
            {
                // Taken by an earlier use in this hour: try the next number.
            }
        }

        return new DateTimeOffset((hour + 1) * Hour.Ticks, TimeSpan.Zero) - now;
    }
}
