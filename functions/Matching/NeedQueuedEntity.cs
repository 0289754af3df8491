using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Matching;

/// <summary>
/// The last need-updates message queued for a need that counted runs, in the <c>needruns</c> table beside the
/// runs' row (partition = need id): what it carried and when it was sent. Counters and a time only.
/// </summary>
public sealed class NeedQueuedEntity : ITableEntity
{
    public const string Row = "queued";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The runs started when the message was queued (its <see cref="NeedUpdatedMessage.RunsStarted"/>).</summary>
    public long RunsStarted { get; set; }

    /// <summary>The need's version the message carried.</summary>
    public int NeedVersion { get; set; }

    public DateTimeOffset QueuedAt { get; set; }
}
