using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Matching;

/// <summary>
/// The skill index keeps two rows per (skill, profile): <c>skill-{key}/{profileId}</c> for finding
/// candidates by skill, and <c>profile-{id}/{key}</c> so a profile's own rows can be found and removed
/// without scanning the table.
/// </summary>
public sealed class SkillIndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The normalised skill name, so the index can be read without the profile.</summary>
    public string Skill { get; set; } = "";

    public string Level { get; set; } = "";

    /// <summary>
    /// On skill rows: the person's matching projection as JSON, so finding candidates by skill also loads
    /// what matching reads, with no read per candidate. Empty on the profile's own tracking rows.
    /// </summary>
    public string Projection { get; set; } = "";

    public static string SkillPartition(string skillKey) => $"skill-{skillKey}";

    public static string ProfilePartition(string profileId) => $"profile-{profileId}";
}
