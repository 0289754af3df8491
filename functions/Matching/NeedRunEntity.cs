using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Matching;

/// <summary>
/// The matching runs of one need, in the <c>needruns</c> table: partition = need id, one row. Counters and a
/// time only, nothing about a person.
/// </summary>
public sealed class NeedRunEntity : ITableEntity
{
    public const string Row = "runs";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>Runs that have taken the need so far; each run's number is this count once it took it.</summary>
    public long Started { get; set; }

    /// <summary>The number of the last run that wrote all its rows and finished; 0 before the first.</summary>
    public long Completed { get; set; }

    /// <summary>Until when run number <see cref="Started"/> holds the need; null while no run does.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }
}
