using Matchmaker.Model.Ranking;

namespace Matchmaker.Ranking;

/// <summary>
/// One trained version as the coordinators' model history shows it: its NDCG beside the baselines' on the
/// same held-out needs, the bar it had to clear, whether it is live, retired or was refused, and why.
/// </summary>
public sealed record ModelVersionView(
    string Version,
    string Kind,
    DateTimeOffset TrainedAt,
    int TrainingRows,
    NdcgMetrics Metrics,
    IReadOnlyDictionary<string, NdcgMetrics> Baselines,
    string? ComparedWith,
    double? ComparedWithNdcg5,
    string HeldOut,
    int TestGroups,
    int BootstrapGroups,
    int DecisionGroups,
    string Status,
    string? Decision,
    DateTimeOffset? WentLiveAt,
    DateTimeOffset? RetiredAt,
    string? RequestedBy)
{
    public static ModelVersionView Of(ModelVersionEntity version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(
            version.RowKey,
            version.Kind,
            version.TrainedAt,
            version.TrainingRows,
            version.Metrics(),
            version.Baselines(),
            version.ComparedWith,
            version.ComparedWithNdcg5,
            version.HeldOut,
            version.TestGroups,
            version.BootstrapGroups,
            version.DecisionGroups,
            version.Status,
            version.Decision,
            version.WentLiveAt,
            version.RetiredAt,
            version.RequestedBy);
    }
}
