using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>
/// One unsubscribe link, found by the SHA-256 of its token (partition key); the token itself is never
/// stored, and the address only as its keyed hash.
/// </summary>
public sealed class UnsubscribeLinkEntity : ITableEntity
{
    public const string Row = "link";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string AddressHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
