using Matchmaker.Model.Ranking;

namespace Matchmaker.Model.Training;

/// <param name="Chosen">The kind of ranker kept, by its NDCG@5 on the validation groups.</param>
/// <param name="Validation">NDCG@5 on the validation groups of each kind tried.</param>
/// <param name="Test">The chosen model on the held-out test groups.</param>
/// <param name="Baselines">The skill-overlap heuristic and text similarity alone, on the same test groups.</param>
/// <param name="Live">The live model on the same test groups, when there was one to compare with.</param>
/// <param name="Model">The chosen kind refitted on train + validation.</param>
/// <param name="TrainingRows">Rows the refitted model learnt from.</param>
/// <param name="TestGroups">How many groups <paramref name="Test"/> was measured on, and which.</param>
public sealed record TrainingResult(
    RankerKind Chosen,
    IReadOnlyDictionary<RankerKind, double> Validation,
    NdcgMetrics Test,
    IReadOnlyDictionary<string, NdcgMetrics> Baselines,
    NdcgMetrics? Live,
    RankingModel Model,
    int TrainingRows,
    int BootstrapGroups,
    int DecisionGroups,
    int TestGroups,
    HeldOutGroups HeldOut)
{
    /// <summary>The rule a new model must pass to go live: not worse than the live one on the same held-out groups.</summary>
    public bool IsNotWorseThanLive => Live is null || Test.Ndcg5 >= Live.Ndcg5;

    /// <summary>
    /// The <see cref="FitScale"/> of <see cref="Model"/>: the percentiles of its scores on every row of the
    /// training set (train, validation and test), which turn a suggestion's score into a fit of 0 to 100.
    /// </summary>
    public IReadOnlyList<double> FitQuantiles { get; init; } = [];
}
