using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Email.Events;

/// <summary>
/// One processed SendGrid event, keyed by its <c>sg_event_id</c> so that each is processed once however
/// often SendGrid repeats it. It holds ids and the event type, never the address (only its keyed hash).
/// </summary>
public sealed class EmailEventEntity : ITableEntity
{
    public const string Row = "event";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string EventId { get; set; } = "";

    public string Event { get; set; } = "";

    public DateTimeOffset? OccurredAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public string? Category { get; set; }

    public string? IntroductionId { get; set; }

    public string? EmailKey { get; set; }

    public string? MessageId { get; set; }

    /// <summary>The keyed hash of the recipient's address (as in the suppression list), when the event named one.</summary>
    public string? AddressHash { get; set; }

    /// <summary>
    /// False from the insert until the event's effect (a suppression, an outbox update) is done: a
    /// processor that crashed in between leaves it false, and the next delivery finishes the work.
    /// </summary>
    public bool Applied { get; set; }
}
