using BenchmarkDotNet.Attributes;
using Matchmaker.Matching;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;

namespace Matchmaker.Benchmarks;

/// <summary>
/// Features plus scoring of one need's candidates as <see cref="NeedRanking"/> does them, in memory (no
/// storage), against the same model's own batch <c>Score</c> of the same feature rows: the model the app
/// trains on first start, generated people, prepared people kept from an earlier run as in the app.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 30)]
[MemoryDiagnoser]
public class NeedRankingBenchmarks
{
    private RankingModel model = null!;
    private NeedProjection need = null!;
    private List<PersonProjection> people = [];
    private PreparedPeople warm = null!;
    private float[][] rows = [];

    [Params(500, 10_000)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        model = BenchmarkData.BootstrapTraining().Model;
        need = BenchmarkData.Need();
        people = BenchmarkData.People(Candidates, seed: 20261128);
        warm = new PreparedPeople(Taxonomy.Default);
        rows = RowsOf(new NeedRanking(Taxonomy.Default, model, need, people, BenchmarkData.Now, warm));
    }

    [Benchmark(Baseline = true, Description = "Score the rows (baseline)")]
    public float Score() => model.Score(rows)[^1];

    [Benchmark(Description = "Features and scoring, people prepared")]
    public float Rank() => Suggest(new NeedRanking(Taxonomy.Default, model, need, people, BenchmarkData.Now, warm));

    /// <summary>Takes the best 20 (the app's suggestions per need), as matching reads them before the per-person cap.</summary>
    internal static float Suggest(NeedRanking ranking) => ranking.BestFirst().Take(new MatchingOptions().SuggestionsPerNeed).Last().Score;

    /// <summary>The ranking's feature rows in the candidates' own order, as the baseline scores them.</summary>
    internal static float[][] RowsOf(NeedRanking ranking) => [.. ranking.BestFirst().OrderBy(c => c.Index).Select(c => c.Features)];
}
