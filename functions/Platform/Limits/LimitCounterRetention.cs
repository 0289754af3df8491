using System.Globalization;
using Azure.Data.Tables;
using Matchmaker.Platform.Retention;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaker.Platform.Limits;

/// <summary>
/// The counts of <see cref="LimitCounter"/> whose hour started more than <see cref="RetentionOptions.LimitCounterDays"/>
/// ago: a count is only ever read within its own period (an hour, or the day's email budget, keyed by its first hour).
/// </summary>
/// <remarks>
/// A count's row key is its (first) hour: the number of whole hours since 0001-01-01 UTC, in plain digits. They have
/// eight digits from the year 1141 to the year 11,408, so comparing them as strings compares the hours.
/// </remarks>
public sealed class LimitCounterRetention(TableServiceClient tables, IOptions<RetentionOptions> options) : IRetentionRule
{
    private static readonly long HourTicks = TimeSpan.FromHours(1).Ticks;

    private readonly TableClient table = tables.GetTableClient(StorageNames.LimitsTable);

    public string Records => StorageNames.LimitsTable;

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // An hour before the cutoff's own hour has ended by the cutoff; the cutoff's hour has not.
        var firstKept = (now.AddDays(-options.Value.LimitCounterDays).UtcTicks / HourTicks).ToString("D", CultureInfo.InvariantCulture);
        return ExpiredRows.PruneAsync(table, TableClient.CreateQueryFilter($"RowKey lt {firstKept}"), cancellationToken);
    }
}
