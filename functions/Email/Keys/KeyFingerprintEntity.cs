using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Email.Keys;

/// <summary>
/// The fingerprint of the key stored hashes were made with, one row per key (table <c>keyfingerprints</c>,
/// partition the key's name, empty row key). Written once, insert-if-absent, by the first instance that
/// runs with a key; never overwritten by the app. Deleting the row is how an operator accepts a new key.
/// </summary>
public sealed class KeyFingerprintEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary><see cref="KeyFingerprint.Of"/> of the key.</summary>
    public string Fingerprint { get; set; } = "";

    /// <summary>Where that key came from: <see cref="SuppressionKeySources"/>.</summary>
    public string Source { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}
