using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Coops;

/// <summary>
/// A co-op: partition = co-op id, one row. Its key lives in the credentials table, as a hash. Name, city,
/// country, <see cref="About"/> and <see cref="TeachesJson"/> are its public profile; the contact email is not.
/// </summary>
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

    /// <summary>What the co-op does, in its own words (public).</summary>
    public string? About { get; set; }

    /// <summary>The skills the co-op can teach, as written, as a JSON array of strings (public).</summary>
    public string TeachesJson { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When its key was last replaced; null while it still has the key it was created with.</summary>
    public DateTimeOffset? KeyRotatedAt { get; set; }

    public string Id => PartitionKey;
}
