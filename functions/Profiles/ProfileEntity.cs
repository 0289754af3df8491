using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Profiles;

/// <summary>A profile row: partition = profile id, one row. Lists are JSON text; the owner token lives in the credentials table, as a hash.</summary>
public sealed class ProfileEntity : ITableEntity
{
    public const string Row = "profile";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Status { get; set; } = ProfileStatus.PendingConfirmation;

    public int Version { get; set; } = 1;

    /// <summary>A random id written with each conditional replace (<see cref="ProfileStore.TryReplaceAsync"/>), so a write whose answer was lost is recognised.</summary>
    public string? WriteId { get; set; }

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public string? City { get; set; }

    public string? Country { get; set; }

    public string Remote { get; set; } = "remote-ok";

    public double DaysPerWeek { get; set; }

    public double? IncomeMonthly { get; set; }

    public string IncomeCurrency { get; set; } = "GBP";

    public string SkillsJson { get; set; } = "[]";

    public string InterestsJson { get; set; } = "[]";

    public string WantsToLearnJson { get; set; } = "[]";

    public string? Bio { get; set; }

    public bool ConsentMatching { get; set; }

    public bool ConsentIntroductions { get; set; }

    public bool ConsentTraining { get; set; }

    /// <summary>
    /// A random id that changes whenever the address does. Every code emailed to the person carries the stamp
    /// it was sent under, so a link sent to an earlier address stops working.
    /// </summary>
    public string? AddressStamp { get; set; }

    /// <summary>
    /// The hash of a confirmation code issued before codes became rows of their own in the credentials table;
    /// still accepted until it expires, never written any more.
    /// </summary>
    public string? ConfirmationCodeHash { get; set; }

    public DateTimeOffset? ConfirmationExpiresAt { get; set; }

    /// <summary>When an address of this profile was last confirmed; null only for a profile never confirmed (see <see cref="UnconfirmedProfileSweep"/>).</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string Id => PartitionKey;
}
