using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>One suppressed address: the partition key is the address's keyed hash, never the address.</summary>
public sealed class SuppressionEntity : ITableEntity
{
    public const string Row = "suppression";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>One of <see cref="SuppressionReasons"/>: the first reason; later ones leave the row as it is.</summary>
    public string Reason { get; set; } = "";

    public DateTimeOffset SuppressedAt { get; set; }
}
