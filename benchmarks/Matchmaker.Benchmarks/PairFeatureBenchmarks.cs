using BenchmarkDotNet.Attributes;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Benchmarks;

/// <summary>
/// Pair features for one need against 10,000 generated people. Each benchmark handles all 10,000 pairs and
/// reports time per pair (OperationsPerInvoke). The baseline writes the same 10,000 rows by copying one
/// ready-made row, so the ratio says how much the feature arithmetic costs over just filling the output.
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
}
