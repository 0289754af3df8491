using Matchmaker.Model.Ranking;

namespace Matchmaker.Tests.Unit.Ranking;

public sealed class RankingModelFileTests
{
    [Fact]
    public void A_saved_model_loads_with_its_feature_count_and_scores_the_same()
    {
        var train = LetorFile.Load("rank.train");
        var test = LetorFile.Load("rank.test");
        var model = RankerTrainer.Train(train, LetorFile.FeatureCount, new RankerOptions(Trees: 10));
        using var file = new MemoryStream();

        RankingModelFile.Save(model, file);
        file.Position = 0;
        var loaded = RankingModelFile.Load(file);

        Assert.Equal(LetorFile.FeatureCount, loaded.FeatureCount);
        Assert.Equal(model.Score(test).Select(r => r.Score), loaded.Score(test).Select(r => r.Score));
    }
}
