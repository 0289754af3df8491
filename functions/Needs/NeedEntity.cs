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

    public string Id => PartitionKey;
}
