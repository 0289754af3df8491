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

    /// <summary>When a short-lived code stops working; null for tokens and keys, which last until replaced.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>
    /// What else a code is bound to besides its subject: for a code emailed to a person, the profile's
    /// <c>AddressStamp</c> when it was sent, so a code sent to an address stops working when the address changes.
    /// </summary>
    public string? Scope { get; set; }
}
