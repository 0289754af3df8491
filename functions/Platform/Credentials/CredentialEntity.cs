using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Platform.Credentials;

/// <summary>
/// One issued token or key, found by the SHA-256 of the secret (partition key); the secret itself is
/// never stored. <see cref="SubjectId"/> is the profile or co-op it opens.
/// </summary>
public sealed class CredentialEntity : ITableEntity
{
    public const string Row = "credential";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";

    public string SubjectId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
