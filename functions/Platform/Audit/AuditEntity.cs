using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Platform.Audit;

/// <summary>
/// One audited event: who, when, what, on what. A coordinator's decision on a suggestion (partition = the
/// suggestion id, with the model version), an introduction email sent again (partition = its suggestion id,
/// with the introduction and the email key), a co-op key replaced (partition = the co-op id), a need that
/// expired (partition = the need id); row = time, so each subject's history reads in order. No notes or
/// other free text, never an address, and never key material.
/// </summary>
public sealed class AuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>Who acted (<see cref="AuditActor"/>): a coordinator's Entra ID object id, or the kind of credential.</summary>
    public string Actor { get; set; } = "";

    /// <summary><c>approved</c> or <c>rejected</c>, or one of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>The rejection reason; empty for approvals.</summary>
    public string Reason { get; set; } = "";

    public string NeedId { get; set; } = "";

    public string ProfileId { get; set; } = "";

    public string CoopId { get; set; } = "";

    public string ModelVersion { get; set; } = "";

    public DateTimeOffset At { get; set; }

    /// <summary>For <see cref="AuditActions.EmailSentAgain"/>: the introduction whose email it was.</summary>
    public string? IntroductionId { get; set; }

    /// <summary>For <see cref="AuditActions.EmailSentAgain"/>: the email key (ask-person, closed-coop, ...), never the address.</summary>
    public string? EmailKey { get; set; }
}
