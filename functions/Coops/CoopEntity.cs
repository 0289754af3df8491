using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Coops;

/// <summary>A co-op: partition = co-op id, one row. Its key lives in the credentials table, as a hash.</summary>
public sealed class CoopEntity : ITableEntity
{
    public const string Row = "coop";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Name { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string? City { get; set; }

    public string? Country { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string Id => PartitionKey;
}
