using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;

namespace Matchmaker.Model.Training;

/// <summary>
/// Trains the way the ML.NET samples do: groups split into train, validation and test (see
/// <see cref="HeldOutSplit"/>); FastTree and LightGbm trained on train; the one with the better NDCG@5 on
/// validation kept; it, the two baselines and the live model measured on the same test groups; then the
/// chosen kind refitted on train + validation. Once at least <see cref="MinimumDecisionTestGroups"/> needs
/// with decisions are held out, only those are the test: real decisions are what the model must rank well.
/// </summary>
public static class TrainingRun
{
    public const int MinimumDecisionTestGroups = 10;

    public static TrainingResult Run(TrainingSet set, int seed, RankingModel? live = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var parts = set.Groups.ToDictionary(g => g.Id, g => (Part: HeldOutSplit.PartOf(g.Key, seed), g.Source));
        var decisionTests = parts.Values.Count(p => p is { Part: SplitPart.Test, Source: TrainingSource.Decisions });
        var heldOut = decisionTests >= MinimumDecisionTestGroups ? HeldOutGroups.Decisions : HeldOutGroups.All;

        var train = set.Rows.Where(r => parts[r.GroupId].Part == SplitPart.Train).ToList();
        var validation = set.Rows.Where(r => parts[r.GroupId].Part == SplitPart.Validation).ToList();
        var test = set.Rows.Where(r => parts[r.GroupId] is { Part: SplitPart.Test } p && (heldOut == HeldOutGroups.All || p.Source == TrainingSource.Decisions)).ToList();
        if (train.Count == 0 || validation.Count == 0 || test.Count == 0)
        {
            throw new InvalidOperationException($"Too few groups to train and measure a model: {set.Groups.Count}.");
        }

        var candidates = new[] { RankerKind.FastTree, RankerKind.LightGbm }
            .Select(kind => (Kind: kind, Model: RankerTrainer.Train(train, PairFeatures.Count, new RankerOptions(kind, Seed: seed))))
            .Select(c => (c.Kind, c.Model, Validation: Ndcg.At(c.Model.Score(validation), 5)))
            .ToList();
        var chosen = candidates.OrderByDescending(c => c.Validation).ThenBy(c => c.Kind).First();
        var model = RankerTrainer.Train([.. train, .. validation], PairFeatures.Count, new RankerOptions(chosen.Kind, Seed: seed));
        return new TrainingResult(
            chosen.Kind,
            candidates.ToDictionary(c => c.Kind, c => c.Validation),
            NdcgMetrics.Of(chosen.Model.Score(test)),
            new Dictionary<string, NdcgMetrics>
            {
                ["skillOverlap"] = NdcgMetrics.Of(Baseline(test, SkillOverlap)),
                ["textSimilarity"] = NdcgMetrics.Of(Baseline(test, r => r.Features[(int)PairFeature.TextSimilarity])),
            },
            live?.FeatureCount == PairFeatures.Count ? NdcgMetrics.Of(live.Score(test)) : null,
            model,
            train.Count + validation.Count,
            set.GroupsFrom(TrainingSource.Bootstrap),
            set.GroupsFrom(TrainingSource.Decisions),
            test.Select(r => r.GroupId).Distinct().Count(),
            heldOut)
        {
            FitQuantiles = FitScale.Quantiles(model.Score([.. set.Rows.Select(r => r.Features)])),
        };
    }

    /// <summary>The skill-overlap baseline: required skills held, with half credit for a neighbouring skill.</summary>
    public static float SkillOverlap(RankingRow row) =>
        row.Features[(int)PairFeature.RequiredCoverageExact] + (0.5f * row.Features[(int)PairFeature.RequiredCoverageRelated]);

    private static List<ScoredRow> Baseline(IEnumerable<RankingRow> rows, Func<RankingRow, float> score) =>
        [.. rows.Select(r => new ScoredRow(r.GroupId, r.Label, score(r)))];
}
