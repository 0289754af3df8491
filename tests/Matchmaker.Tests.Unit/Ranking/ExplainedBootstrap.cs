using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Ranking;

/// <summary>
/// A small bootstrap set (60 needs x 12 candidates) with its features and a FastTree model of 30 trees
/// trained on it, shared by the explanation tests so training runs once.
/// </summary>
public sealed class ExplainedBootstrap
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    public ExplainedBootstrap()
    {
        Set = new BootstrapGenerator(Taxonomy.Default, seed: 5).Generate(needs: 60, candidatesPerNeed: 12);
        Statistics = SkillStatistics.Build(Set.People, Set.Needs);
        var extractor = new PairFeatureExtractor(Taxonomy.Default, Statistics);
        Extractor = extractor;
        Features = [.. Set.Pairs.Select(pair => extractor.Extract(Set.Needs[pair.Need], Set.People[pair.Person], Now))];
        var rows = Set.Pairs.Select((pair, i) => new RankingRow { GroupId = (uint)pair.Need + 1, Label = pair.Grade, Features = Features[i] }).ToList();
        Rows = rows;
        Model = RankerTrainer.Train(rows, PairFeatures.Count, new RankerOptions(Trees: 30));
    }

    public BootstrapSet Set { get; }

    public SkillStatistics Statistics { get; }

    public PairFeatureExtractor Extractor { get; }

    /// <summary>The features of each pair of <see cref="BootstrapSet.Pairs"/>, in order.</summary>
    public IReadOnlyList<float[]> Features { get; }

    public IReadOnlyList<RankingRow> Rows { get; }

    public RankingModel Model { get; }
}
