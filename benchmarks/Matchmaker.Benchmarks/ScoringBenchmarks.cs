using BenchmarkDotNet.Attributes;
using Matchmaker.Model.Explaining;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;

namespace Matchmaker.Benchmarks;

/// <summary>
/// Scoring 10,000 candidates of one need in one batch with the model the app trains first (the shipped
/// bootstrap set, 100 trees): plain scores (baseline), scores with every feature's contribution, and that
/// plus plain-word reasons for the top 20, which is what a suggestion list needs.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    public const int Candidates = 10_000;
    public const int Shown = 20;

    private List<PersonProjection> people = [];
    private NeedProjection need = null!;
    private float[][] rows = [];
    private RankingModel model = null!;
    private ReasonWriter reasons = null!;

    [GlobalSetup]
    public void Setup()
    {
        people = BenchmarkData.People(Candidates, seed: 20250601);
        need = BenchmarkData.Need();
        var statistics = SkillStatistics.Build(people, [need]);
        var extractor = new PairFeatureExtractor(Taxonomy.Default, statistics);
        rows = [.. people.Select(p => extractor.Extract(need, p, BenchmarkData.Now))];
        model = BenchmarkData.BootstrapTraining().Model;
        reasons = new ReasonWriter(Taxonomy.Default, statistics);
        model.Explain(rows.Take(1).ToList());
    }

    [Benchmark(Baseline = true, Description = "Score 10,000 in one batch (baseline)")]
    public float Score() => model.Score(rows)[^1];

    [Benchmark(Description = "Score and explain 10,000 in one batch")]
    public float Explain() => model.Explain(rows).Scores[^1];

    [Benchmark(Description = "Score and explain 10,000, reasons for the top 20")]
    public int ExplainWithReasons()
    {
        var explained = model.Explain(rows);
        var written = 0;
        foreach (var i in Enumerable.Range(0, explained.Count).OrderByDescending(i => explained.Scores[i]).Take(Shown))
        {
            written += reasons.Write(need, people[i], rows[i], explained.ContributionsOf(i)).Count;
        }

        return written;
    }
}
