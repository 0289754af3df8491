using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Bootstrap;

/// <summary>
/// Trains on the bootstrap set the way the ML.NET samples do: split needs (groups) into train, validation
/// and test with a fixed seed; train FastTree and LightGbm on train; keep the one with the better NDCG@5 on
/// validation; measure it and the two baselines on test; then refit the chosen kind on train + validation.
/// </summary>
public static class BootstrapEvaluation
{
    public static BootstrapResult Run(Taxonomy taxonomy, BootstrapSet set, int seed, DateTimeOffset now)
    {
        var extractor = new PairFeatureExtractor(taxonomy, SkillStatistics.Build(set.People, set.Needs));
        var rows = set.Pairs.Select(pair => new RankingRow
        {
            GroupId = (uint)pair.Need + 1,
            Label = pair.Grade,
            Features = extractor.Extract(set.Needs[pair.Need], set.People[pair.Person], now),
        }).ToList();

        var groups = Enumerable.Range(1, set.Needs.Count).Select(g => (uint)g).ToArray();
        new Random(seed).Shuffle(groups);
        var (trainGroups, validationGroups) = (groups[..(groups.Length * 6 / 10)].ToHashSet(), groups[(groups.Length * 6 / 10)..(groups.Length * 8 / 10)].ToHashSet());
        var train = rows.Where(r => trainGroups.Contains(r.GroupId)).ToList();
        var validation = rows.Where(r => validationGroups.Contains(r.GroupId)).ToList();
        var test = rows.Where(r => !trainGroups.Contains(r.GroupId) && !validationGroups.Contains(r.GroupId)).ToList();

        var candidates = new[] { RankerKind.FastTree, RankerKind.LightGbm }
            .Select(kind => (Kind: kind, Model: RankerTrainer.Train(train, PairFeatures.Count, new RankerOptions(kind, Seed: seed))))
            .Select(c => (c.Kind, c.Model, Validation: Ndcg.At(c.Model.Score(validation), 5)))
            .ToList();
        var chosen = candidates.OrderByDescending(c => c.Validation).ThenBy(c => c.Kind).First();
        var scored = chosen.Model.Score(test);
        return new BootstrapResult(
            chosen.Kind,
            candidates.ToDictionary(c => c.Kind, c => c.Validation),
            Metrics(scored),
            new Dictionary<string, NdcgMetrics>
            {
                ["skillOverlap"] = Metrics(Baseline(test, r => r.Features[(int)PairFeature.RequiredCoverageExact] + (0.5f * r.Features[(int)PairFeature.RequiredCoverageRelated]))),
                ["textSimilarity"] = Metrics(Baseline(test, r => r.Features[(int)PairFeature.TextSimilarity])),
            },
            RankerTrainer.Train([.. train, .. validation], PairFeatures.Count, new RankerOptions(chosen.Kind, Seed: seed)),
            rows.Count);
    }

    private static IReadOnlyList<ScoredRow> Baseline(IEnumerable<RankingRow> rows, Func<RankingRow, float> score) =>
        [.. rows.Select(r => new ScoredRow(r.GroupId, r.Label, score(r)))];

    private static NdcgMetrics Metrics(IReadOnlyList<ScoredRow> scored) =>
        new(Ndcg.At(scored, 1), Ndcg.At(scored, 3), Ndcg.At(scored, 5));
}
