using Matchmaker.Model.Ranking;

namespace Matchmaker.Ranking;

/// <summary>The answer of GET /api/model: the live model, its held-out metrics and the baselines' on the same groups.</summary>
public sealed record ModelReport(
    string Version,
    string Kind,
    DateTimeOffset TrainedAt,
    int TrainingRows,
    NdcgMetrics Metrics,
    IReadOnlyDictionary<string, NdcgMetrics> Baselines,
    IReadOnlyList<string> Features);
