using BenchmarkDotNet.Attributes;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;

namespace Matchmaker.Benchmarks;

/// <summary>
/// Pair features for one need against 10,000 generated people. Each benchmark handles all 10,000 pairs and
/// reports time per pair (OperationsPerInvoke). The baseline writes the same 10,000 rows by copying one
/// ready-made row, so the ratio says how much the feature arithmetic costs over just filling the output;
/// scoring the same 10,000 rows with a 100-tree FastTree ranker shows what the features cost next to the model.
/// </summary>
[MemoryDiagnoser]
public class PairFeatureBenchmarks
{
    public const int Pairs = 10_000;

    private List<PersonProjection> people = [];
    private PairFeatureExtractor extractor = null!;
    private NeedProjection need = null!;
    private PreparedNeed preparedNeed = null!;
    private PreparedPerson[] preparedPeople = [];
    private float[] row = [];
    private float[] features = [];
    private float[][] rows = [];
    private RankingModel ranker = null!;

    [GlobalSetup]
    public void Setup()
    {
        people = BenchmarkData.People(Pairs, seed: 20250601);
        need = BenchmarkData.Need();
        extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build(people, [need]));
        preparedNeed = extractor.Prepare(need, BenchmarkData.Now);
        preparedPeople = [.. people.Select(extractor.Prepare)];
        features = new float[Pairs * PairFeatures.Count];
        row = new float[PairFeatures.Count];
        PairFeatureExtractor.Extract(preparedNeed, preparedPeople[0], row);
        PairFeatureExtractor.Extract(preparedNeed, preparedPeople, features);
        rows = [.. features.Chunk(PairFeatures.Count)];
        ranker = RankerTrainer.Train(TrainingRows(), PairFeatures.Count, new RankerOptions(Trees: 100));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs, Description = "Copy a ready row (baseline)")]
    public float CopyRows()
    {
        var output = features.AsSpan();
        for (var i = 0; i < preparedPeople.Length; i++)
        {
            row.CopyTo(output.Slice(i * PairFeatures.Count, PairFeatures.Count));
        }

        return output[^1];
    }

    [Benchmark(OperationsPerInvoke = Pairs, Description = "Extract, people prepared")]
    public float ExtractPrepared()
    {
        PairFeatureExtractor.Extract(preparedNeed, preparedPeople, features);
        return features[^1];
    }

    [Benchmark(OperationsPerInvoke = Pairs, Description = "Score the rows, 100-tree FastTree (comparison)")]
    public float Score() => ranker.Score(rows)[^1];

    [Benchmark(OperationsPerInvoke = Pairs, Description = "Prepare need and people, then extract")]
    public float PrepareAndExtract()
    {
        var prepared = extractor.Prepare(need, BenchmarkData.Now);
        var batch = new PreparedPerson[people.Count];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = extractor.Prepare(people[i]);
        }

        PairFeatureExtractor.Extract(prepared, batch, features);
        return features[^1];
    }

    // Made-up grades from the features (groups of 100 people per need), only so a model of the usual size exists to score with.
    private List<RankingRow> TrainingRows()
    {
        var training = new List<RankingRow>();
        var needs = people.Take(20).Select((_, g) => extractor.Prepare(need with { DaysPerWeek = 1 + (g % 4), DayRateMax = 200 + (10 * g) }, BenchmarkData.Now)).ToList();
        for (var g = 0; g < needs.Count; g++)
        {
            foreach (var person in preparedPeople.Skip(g * 100).Take(100))
            {
                var vector = new float[PairFeatures.Count];
                PairFeatureExtractor.Extract(needs[g], person, vector);
                var grade = (vector[(int)PairFeature.RequiredCoverageRelated] * 2) + vector[(int)PairFeature.IncomeReach] + vector[(int)PairFeature.TextSimilarity];
                training.Add(new RankingRow { GroupId = (uint)g, Label = MathF.Min(3, MathF.Floor(grade)), Features = vector });
            }
        }

        return training;
    }
}
