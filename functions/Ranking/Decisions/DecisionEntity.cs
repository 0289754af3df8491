using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Ranking.Decisions;

/// <summary>
/// What became of one suggestion, kept as a training label: one row per need (partition) and person (row),
/// the latest outcome replacing earlier ones. Only for people who consented to their decisions being used
/// for training; holds no name, email or free text.
/// </summary>
public sealed class DecisionEntity : ITableEntity
{
    /// <summary>The need id.</summary>
    public string PartitionKey { get; set; } = "";

    /// <summary>The profile id.</summary>
    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>A <see cref="Model.Training.DecisionOutcome"/> name.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>The graded label: rejected 0, approved 1, both accepted 2, working together 3.</summary>
    public int Label { get; set; }

    /// <summary>The pair's features when the suggestion was made, as JSON <c>{featureName: value}</c>.</summary>
    public string FeaturesJson { get; set; } = "{}";

    /// <summary>The model version that made the suggestion.</summary>
    public string ModelVersion { get; set; } = "";

    public DateTimeOffset DecidedAt { get; set; }
}
