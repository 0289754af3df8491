using Azure;
using Azure.Data.Tables;

namespace Matchmaker.Ranking;

/// <summary>
/// One trained model in the registry: all versions share one partition, so switching the active one is a
/// single transaction. The model file itself is the blob <see cref="BlobName"/>.
/// </summary>
public sealed class ModelVersionEntity : ITableEntity
{
    public const string Partition = "model";

    public string PartitionKey { get; set; } = Partition;

    /// <summary>The version, zero-padded (<c>v000001</c>) so rows sort in training order.</summary>
    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";

    public DateTimeOffset TrainedAt { get; set; }

    public int TrainingRows { get; set; }

    /// <summary>The pair features in input order, comma-separated: the model's input schema.</summary>
    public string Features { get; set; } = "";

    public double Ndcg1 { get; set; }

    public double Ndcg3 { get; set; }

    public double Ndcg5 { get; set; }

    /// <summary>Baselines' NDCG on the same held-out groups, as JSON <c>{name: {ndcg1, ndcg3, ndcg5}}</c>.</summary>
    public string BaselinesJson { get; set; } = "{}";

    /// <summary>The live version when this one was trained; null when none was live.</summary>
    public string? ComparedWith { get; set; }

    /// <summary>That live version's NDCG@5 on this version's held-out groups: the bar this one had to clear.</summary>
    public double? ComparedWithNdcg5 { get; set; }

    /// <summary>Needs (groups) from the bootstrap set and from real decisions in the training data.</summary>
    public int BootstrapGroups { get; set; }

    public int DecisionGroups { get; set; }

    /// <summary>How many held-out groups the metrics come from, and whether all or only decision groups.</summary>
    public int TestGroups { get; set; }

    public string HeldOut { get; set; } = "";

    public bool IsActive { get; set; }

    public string BlobName => $"{RowKey}.zip";

    public static string VersionKey(int number) => $"v{number:D6}";
}
