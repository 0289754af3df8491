using Matchmaker.Model.Ranking;

namespace Matchmaker.Model.Bootstrap;

/// <param name="Validation">NDCG@5 on the validation groups of each kind tried; the better one was chosen.</param>
/// <param name="Test">The chosen model on the held-out test groups.</param>
/// <param name="Baselines">The skill-overlap heuristic and text similarity alone, on the same test groups.</param>
/// <param name="Model">The chosen kind refitted on train + validation.</param>
public sealed record BootstrapResult(
    RankerKind Chosen,
    IReadOnlyDictionary<RankerKind, double> Validation,
    NdcgMetrics Test,
    IReadOnlyDictionary<string, NdcgMetrics> Baselines,
    RankingModel Model,
    int TrainingRows);
