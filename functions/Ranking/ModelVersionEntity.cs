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

    /// <summary>What asked for this version: a <see cref="ModelRequester"/> value; null on versions trained before it was kept.</summary>
    public string? RequestedBy { get; set; }

    /// <summary>True once the registry refused to make this version live; it is then never live.</summary>
    public bool? Refused { get; set; }

    /// <summary>Why it went live or was refused, in plain words; null on versions trained before it was kept.</summary>
    public string? Decision { get; set; }

    public DateTimeOffset? WentLiveAt { get; set; }

    /// <summary>When a newer version replaced it as the live one.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    /// <summary>The model's <see cref="Model.Ranking.FitScale"/> quantiles as a JSON array; null on versions trained before fits.</summary>
    public string? FitQuantilesJson { get; set; }

    /// <summary>
    /// live, retired (it was live and a newer one replaced it) or refused. A version trained before
    /// refusals were recorded counts as refused when it scored below the bar it was measured against.
    /// </summary>
    public string Status => IsActive ? ModelStatus.Live
        : Refused == true ? ModelStatus.Refused
        : WentLiveAt is not null ? ModelStatus.Retired
        : ComparedWithNdcg5 is { } bar && Ndcg5 < bar ? ModelStatus.Refused
        : ModelStatus.Retired;

    public string BlobName => $"{RowKey}.zip";

    /// <summary>This version's NDCG on its held-out groups.</summary>
    public Matchmaker.Model.Ranking.NdcgMetrics Metrics() => new(Ndcg1, Ndcg3, Ndcg5);

    /// <summary>The baselines' NDCG on the same groups, read from <see cref="BaselinesJson"/>.</summary>
    public IReadOnlyDictionary<string, Matchmaker.Model.Ranking.NdcgMetrics> Baselines() =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, Matchmaker.Model.Ranking.NdcgMetrics>>(BaselinesJson, Platform.Http.MatchmakerJson.Options) ?? [];

    public static string VersionKey(int number) => $"v{number:D6}";
}
