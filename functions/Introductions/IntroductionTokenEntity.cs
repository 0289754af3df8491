using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Introductions;

/// <summary>
/// A response link's token, in its introduction's partition under <c>token-{SHA-256 of the token}</c>: the
/// token itself is never stored, and a token can only be found under the introduction it was made for.
/// </summary>
public sealed class IntroductionTokenEntity : ITableEntity
{
    public const string RowPrefix = "token-";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Side { get; set; } = IntroductionSide.Person;

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
