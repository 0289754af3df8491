using Matchmaker.Model.Ranking;

namespace Matchmaker.Ranking;

/// <summary>
/// The answer of GET /api/model: the live model, its held-out metrics, the baselines' on the same groups,
/// what it learnt from, and the version it had to match or beat.
/// </summary>
public sealed record ModelReport(
    string Version,
    string Kind,
    DateTimeOffset TrainedAt,
    int TrainingRows,
    NdcgMetrics Metrics,
    IReadOnlyDictionary<string, NdcgMetrics> Baselines,
    IReadOnlyList<string> Features,
    int BootstrapGroups,
    int DecisionGroups,
    int TestGroups,
    string HeldOut,
    string? ComparedWith,
    double? ComparedWithNdcg5)
{
    public static ModelReport Of(ModelVersionEntity version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(
            version.RowKey,
            version.Kind,
            version.TrainedAt,
            version.TrainingRows,
            version.Metrics(),
            version.Baselines(),
            version.Features.Split(','),
            version.BootstrapGroups,
            version.DecisionGroups,
            version.TestGroups,
            version.HeldOut,
            version.ComparedWith,
            version.ComparedWithNdcg5);
    }
}
