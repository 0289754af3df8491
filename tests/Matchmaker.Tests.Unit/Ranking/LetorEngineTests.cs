using Matchmaker.Model.Ranking;

namespace Matchmaker.Tests.Unit.Ranking;

/// <summary>The ranking code learns on real learning-to-rank data, not only on data the project makes itself.</summary>
public sealed class LetorEngineTests
{
    private static readonly IReadOnlyList<RankingRow> Train = LetorFile.Load("rank.train");
    private static readonly IReadOnlyList<RankingRow> Test = LetorFile.Load("rank.test");

    [Theory]
    [InlineData(RankerKind.FastTree)]
    [InlineData(RankerKind.LightGbm)]
    public void Training_reaches_the_reference_ndcg_at_5_on_the_held_out_queries(RankerKind kind)
    {
        var model = RankerTrainer.Train(Train, LetorFile.FeatureCount, new RankerOptions(kind));

        var ndcg5 = Ndcg.At(model.Score(Test), 5);

        Assert.True(ndcg5 >= 0.62, $"{kind}: NDCG@5 = {ndcg5:F3}");
    }

    [Fact]
    public void Training_with_the_same_seed_gives_the_same_scores()
    {
        var first = RankerTrainer.Train(Train, LetorFile.FeatureCount, new RankerOptions(Trees: 20));
        var second = RankerTrainer.Train(Train, LetorFile.FeatureCount, new RankerOptions(Trees: 20));

        Assert.Equal(first.Score(Test).Select(r => r.Score), second.Score(Test).Select(r => r.Score));
    }
}
