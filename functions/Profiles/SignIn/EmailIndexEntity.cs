using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Profiles.SignIn;

/// <summary>
/// One profile under one address (table <c>emailindex</c>): partition the keyed hash of the normalised address
/// (<see cref="Email.Unsubscribe.AddressHasher"/>), row the profile id. The address itself is never stored here.
/// </summary>
public sealed class EmailIndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ProfileId => RowKey;
}
