using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Platform.Audit;

/// <summary>
/// One coordinator decision: who, when, what, on which suggestion and with which model version; or a request
/// to send an introduction email again (which introduction and which email). Partition = the suggestion id,
/// row = time (so a suggestion's history reads in order). No notes, addresses or other free text.
/// </summary>
public sealed class AuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The coordinator: the Entra ID object id, or <c>coordinator-key</c> for the shared key.</summary>
    public string Actor { get; set; } = "";

    /// <summary><c>approved</c>, <c>rejected</c> or <c>send-again</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>The rejection reason; empty for approvals.</summary>
    public string Reason { get; set; } = "";

    public string NeedId { get; set; } = "";

    public string ProfileId { get; set; } = "";

    public string ModelVersion { get; set; } = "";

    public DateTimeOffset At { get; set; }

    /// <summary>For <c>send-again</c>: the introduction whose email it was.</summary>
    public string? IntroductionId { get; set; }

    /// <summary>For <c>send-again</c>: the email key (ask-person, closed-coop, ...), never the address.</summary>
    public string? EmailKey { get; set; }
}
