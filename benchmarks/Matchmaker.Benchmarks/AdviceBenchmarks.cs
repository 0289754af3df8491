using BenchmarkDotNet.Attributes;
using Matchmaker.Model.Advice;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;

namespace Matchmaker.Benchmarks;

/// <summary>
/// Advice for one person over 50 and 500 open needs: the live model's batch scoring of the same needs
/// (baseline: what advice always follows), the portfolio knapsack alone, and the whole advice (skill gaps,
/// portfolio, learning advice) from scored needs.
/// </summary>
[MemoryDiagnoser]
public class AdviceBenchmarks
{
    private float[][] rows = [];
    private List<NeedProjection> needs = [];
    private List<ScoredNeed> scored = [];
    private PortfolioItem[] items = [];
    private RankingModel model = null!;

    [Params(50, 500)]
    public int Needs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        needs = AdviceData.Needs(Needs, seed: 20261128);
        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build([AdviceData.Person], needs));
        rows = [.. needs.Select(n => extractor.Extract(n, AdviceData.Person, BenchmarkData.Now))];
        model = BenchmarkData.BootstrapTraining().Model;
        var scores = model.Score(rows);
        scored = [.. needs.Select((n, i) => new ScoredNeed(n, scores[i]))];
        items = [.. scored.Select(s => NeedAssessment.Of(AdviceData.Person, s, Taxonomy.Default))
            .Where(a => a.Fits)
            .OrderBy(a => a.Need.Id, StringComparer.Ordinal)
            .Select(a => new PortfolioItem(a.HalfDays, a.MonthlyPennies, AdviceFit.Units(a.Scored.Score)))];
    }

    [Benchmark(Baseline = true, Description = "Score the needs in one batch (baseline)")]
    public float Score() => model.Score(rows)[^1];

    [Benchmark(Description = "Portfolio knapsack alone")]
    public long Knapsack() => IncomePortfolio.Choose(items, NeedPay.Capacity(AdviceData.Person.DaysPerWeek), NeedPay.Pennies(4000)).Fit;

    [Benchmark(Description = "Whole advice from scored needs")]
    public int Advice()
    {
        var advice = AdviceBuilder.Build(AdviceData.Person, scored, needs, Taxonomy.Default, "£");
        return advice.Portfolio.Needs.Count + advice.Learning.Count;
    }
}
