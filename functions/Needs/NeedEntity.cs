using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Needs;

/// <summary>A co-op's need: partition = need id, one row. Skill lists are JSON text.</summary>
public sealed class NeedEntity : ITableEntity
{
    public const string Row = "need";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string CoopId { get; set; } = "";

    public string Status { get; set; } = NeedStatus.Open;

    public int Version { get; set; } = 1;

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public string RequiredSkillsJson { get; set; } = "[]";

    public string NiceToHaveSkillsJson { get; set; } = "[]";

    public string CanTeachJson { get; set; } = "[]";

    public double? DayRateMin { get; set; }

    public double? DayRateMax { get; set; }

    public string DayRateCurrency { get; set; } = "GBP";

    public double DaysPerWeek { get; set; }

    public int? DurationWeeks { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    public string Remote { get; set; } = "remote-ok";

    public int Openings { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// When the staleness clock last started: the need was posted, edited or renewed. Null on needs stored
    /// before renewals existed, whose <see cref="UpdatedAt"/> counts instead (<see cref="StalenessClock"/>).
    /// </summary>
    public DateTimeOffset? FreshSince { get; set; }

    /// <summary>When the co-op was reminded to renew or close it; cleared by an edit or a renewal.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>Why it closed: <see cref="NeedStatus.ClosedByCoop"/> or <see cref="NeedStatus.Expired"/>; null while open.</summary>
    public string? ClosedReason { get; set; }

    /// <summary>
    /// Why the co-op closed it, one of <see cref="NeedCloseReasons.All"/>; null while open, for a need that
    /// closed itself, and for needs closed before co-ops were asked why.
    /// </summary>
    public string? ClosedBecause { get; set; }

    /// <summary>The co-op's own note on closing it, if it gave one; null otherwise.</summary>
    public string? CloseNote { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset StalenessClock => FreshSince ?? UpdatedAt;

    public string Id => PartitionKey;
}
