using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Profiles.Consents;

/// <summary>One grant or withdrawal of one consent (table <c>consents</c>, partition the profile id, rows in time order).</summary>
public sealed class ConsentEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>matching, introductions or training.</summary>
    public string Kind { get; set; } = "";

    public bool Granted { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The version of the privacy text the person saw when they chose.</summary>
    public string PolicyVersion { get; set; } = "";
}
