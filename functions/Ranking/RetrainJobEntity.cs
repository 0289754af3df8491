using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Ranking;

/// <summary>
/// One retrain request and how far it got. Kept in the models table beside the versions, in a partition of
/// its own (<see cref="Partition"/>), row key the job id.
/// </summary>
public sealed class RetrainJobEntity : ITableEntity
{
    public const string Partition = "retrain-job";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>A <see cref="RetrainJobState"/> value.</summary>
    public string State { get; set; } = RetrainJobState.Queued;

    /// <summary>A <see cref="ModelRequester"/> value.</summary>
    public string RequestedBy { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The version trained for this request, once there is one.</summary>
    public string? Version { get; set; }

    /// <summary>Why that version went live or was refused, or what failed (an error kind, never a message).</summary>
    public string? Decision { get; set; }

    public string Id => RowKey;
}
