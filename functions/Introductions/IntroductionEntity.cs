using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Introductions;

/// <summary>An introduction (table <c>introductions</c>, partition the introduction id, row <see cref="Row"/>). Ids only, no contact data.</summary>
public sealed class IntroductionEntity : ITableEntity
{
    public const string Row = "introduction";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string SuggestionId { get; set; } = "";

    public string NeedId { get; set; } = "";

    public string CoopId { get; set; } = "";

    public string ProfileId { get; set; } = "";

    public string Status { get; set; } = IntroductionStatus.Requested;

    public string PersonAnswer { get; set; } = IntroductionAnswer.None;

    public string CoopAnswer { get; set; } = IntroductionAnswer.None;

    /// <summary>Why it ended, when it ended other than connected: declined-by-person, expired, need-filled, ...</summary>
    public string? EndReason { get; set; }

    /// <summary>The coordinator's note for the emails.</summary>
    public string? Note { get; set; }

    public string ReasonsJson { get; set; } = "[]";

    public string ApprovedBy { get; set; } = "";

    public DateTimeOffset ApprovedAt { get; set; }

    /// <summary>Set when both sides were asked: the answers are due by then.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? AskedAt { get; set; }

    /// <summary>When whoever had not answered was reminded.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string Id => PartitionKey;

    public string AnswerOf(string side) => side == IntroductionSide.Person ? PersonAnswer : CoopAnswer;
}
