using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Email.Outbox;

/// <summary>
/// One email (table <c>outbox</c>): partition the introduction id (or <c>need-{id}</c> for a need's reminder),
/// row the email key (what and to whom).
/// </summary>
public sealed class OutboxEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Status { get; set; } = OutboxStatus.Pending;

    public int Attempts { get; set; }

    /// <summary>
    /// A random id written with each claim, so a run whose claim succeeded but whose answer was lost knows the
    /// claim for its own when the SDK's retry of it meets the changed ETag.
    /// </summary>
    public string? ClaimId { get; set; }

    /// <summary>The UTC day (days since 0001-01-01) this email was counted against the daily budget: its retries that day are not counted again.</summary>
    public long? BudgetDay { get; set; }

    /// <summary>The mail service's status code or failure kind of the last try; never an address.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>When a coordinator last set an unknown or failed email back to pending, to be sent once more.</summary>
    public DateTimeOffset? SentAgainAt { get; set; }

    /// <summary>The coordinator's note with that request (erased with the introduction).</summary>
    public string? SendAgainNote { get; set; }
}
