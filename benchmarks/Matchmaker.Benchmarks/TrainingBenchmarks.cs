using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;
using Matchmaker.Model.Training;

namespace Matchmaker.Benchmarks;

/// <summary>
/// Training on 100,000 labelled pairs (5,000 generated needs x 20 candidates, the bootstrap generator with a
/// fixed seed). One fit of each ranker with the app's settings (100 trees, 20 leaves), FastTree the
/// baseline; and the app's whole retraining run: both kinds on the train part, validation, test, refit.
/// Each call takes seconds, so a few timed calls (monitoring strategy) are enough.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    public const int Needs = 5_000;
    public const int CandidatesPerNeed = 20;

    private List<RankingRow> rows = [];
    private TrainingSet set = null!;

    [GlobalSetup]
    public void Setup()
    {
        var pairs = BootstrapEvaluation.Pairs(
            Taxonomy.Default, new BootstrapGenerator(Taxonomy.Default, ShippedBootstrap.Seed).Generate(Needs, CandidatesPerNeed), BootstrapGenerator.ReferenceTime);
        set = TrainingSetAssembler.Assemble(pairs, []);
        rows = [.. set.Rows];
    }

    [Benchmark(Baseline = true, Description = "Fit FastTree on 100,000 pairs (baseline)")]
    public int FitFastTree() => RankerTrainer.Train(rows, PairFeatures.Count, new RankerOptions(RankerKind.FastTree)).FeatureCount;

    [Benchmark(Description = "Fit LightGbm on 100,000 pairs")]
    public int FitLightGbm() => RankerTrainer.Train(rows, PairFeatures.Count, new RankerOptions(RankerKind.LightGbm)).FeatureCount;

    [Benchmark(Description = "Whole retraining run on 100,000 pairs")]
    public double Retrain() => TrainingRun.Run(set, ShippedBootstrap.Seed).Test.Ndcg5;
}
