using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Matching.Suggestions;

/// <summary>
/// A suggested introduction of one person to one need. Stored twice with the same fields: in the need's
/// partition (<c>need-{needId}</c>, row = profile id), the one matching writes first and reads by need, and
/// in the person's partition (<c>profile-{profileId}</c>, row = need id), for reads by person and the cap
/// on pending suggestions. The keys come from the two ids only, so every run writes the same rows.
/// </summary>
public sealed class SuggestionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string NeedId { get; set; } = "";

    public string ProfileId { get; set; } = "";

    public string Status { get; set; } = SuggestionStatus.Pending;

    public double Score { get; set; }

    /// <summary>1 for the need's best candidate.</summary>
    public int Rank { get; set; }

    /// <summary>Up to three reasons in plain words, as a JSON array.</summary>
    public string ReasonsJson { get; set; } = "[]";

    /// <summary>Each feature's contribution to the score, as JSON <c>{feature: contribution}</c>.</summary>
    public string BreakdownJson { get; set; } = "{}";

    /// <summary>The pair's features when suggested, as JSON <c>{feature: value}</c>: the snapshot a decision trains on.</summary>
    public string FeaturesJson { get; set; } = "{}";

    public string ModelVersion { get; set; } = "";

    public int NeedVersion { get; set; }

    public int ProfileVersion { get; set; }

    public DateTimeOffset SuggestedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>A random id written with a coordinator's decision, so a decision whose answer was lost is known for its own on the SDK's retry.</summary>
    public string? DecisionId { get; set; }

    /// <summary>The coordinator's note: for the introduction email when approved, for the record when rejected.</summary>
    public string? Note { get; set; }

    /// <summary>Why a coordinator rejected it (one of the reasons the API names).</summary>
    public string? RejectionReason { get; set; }

    /// <summary>The suggestion's id in the API: <c>{needId}~{profileId}</c> (<c>~</c> never occurs in an id).</summary>
    public string Id => SuggestionId.Of(NeedId, ProfileId);

    public static string NeedPartition(string needId) => $"need-{needId}";

    public static string ProfilePartition(string profileId) => $"profile-{profileId}";

    /// <summary>The same suggestion for the other partition.</summary>
    public SuggestionEntity MirrorFor(string partitionKey, string rowKey)
    {
        var copy = (SuggestionEntity)MemberwiseClone();
        copy.PartitionKey = partitionKey;
        copy.RowKey = rowKey;
        copy.ETag = default;
        return copy;
    }
}
