using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Matchmaker.Tests.Unit.Ranking;

public sealed class RankingExplanationTests(ExplainedBootstrap bootstrap) : IClassFixture<ExplainedBootstrap>
{
    [Fact]
    public void Each_candidate_gets_the_fast_path_score_and_one_contribution_per_feature()
    {
        var explained = bootstrap.Model.Explain(bootstrap.Features);

        Assert.Equal(bootstrap.Features.Count, explained.Count);
        Assert.Equal(PairFeatures.Count, explained.FeatureCount);
        Assert.Equal(bootstrap.Model.Score(bootstrap.Features), explained.Scores);
        var breakdown = explained.Breakdown(0, PairFeatures.Names);
        Assert.Equal(PairFeatures.Names, breakdown.Keys);
        Assert.Equal(explained.ContributionsOf(0).ToArray(), breakdown.Values);
    }

    [Theory]
    [InlineData(RankerKind.FastTree)]
    [InlineData(RankerKind.LightGbm)]
    public void Each_contribution_is_what_flipping_that_features_splits_would_take_from_the_score(RankerKind kind)
    {
        var model = kind == RankerKind.FastTree ? bootstrap.Model : RankerTrainer.Train(bootstrap.Rows, PairFeatures.Count, new RankerOptions(kind, Trees: 30));
        var ensemble = Ensemble(model);

        var explained = model.Explain(bootstrap.Features);

        for (var i = 0; i < bootstrap.Features.Count; i++)
        {
            var features = bootstrap.Features[i];
            var expected = new double[PairFeatures.Count];
            var score = ensemble.Bias;
            for (var t = 0; t < ensemble.Trees.Count; t++)
            {
                score += ensemble.TreeWeights[t] * TreeWalk.Output(ensemble.Trees[t], features);
                TreeWalk.AddContributions(ensemble.Trees[t], features, expected);
            }

            Assert.Equal(score, explained.Scores[i], 1e-4);
            var actual = explained.ContributionsOf(i).ToArray();
            Assert.All(Enumerable.Range(0, PairFeatures.Count), f => Assert.Equal(expected[f], actual[f], 1e-4));
        }
    }

    [Fact]
    public void Some_candidates_have_positive_and_some_negative_contributions_of_required_coverage()
    {
        var explained = bootstrap.Model.Explain(bootstrap.Features);
        var coverage = Enumerable.Range(0, explained.Count).Select(i => explained.ContributionsOf(i)[(int)PairFeature.RequiredCoverageExact]).ToList();

        Assert.Contains(coverage, c => c > 0);
        Assert.Contains(coverage, c => c < 0);
    }

    [Fact]
    public void A_saved_and_loaded_model_explains_exactly_as_the_original()
    {
        using var file = new MemoryStream();
        RankingModelFile.Save(bootstrap.Model, file);
        file.Position = 0;
        var loaded = RankingModelFile.Load(file);

        var original = bootstrap.Model.Explain(bootstrap.Features);
        var reloaded = loaded.Explain(bootstrap.Features);

        Assert.Equal(original.Scores, reloaded.Scores);
        Assert.All(Enumerable.Range(0, original.Count), i => Assert.Equal(original.ContributionsOf(i).ToArray(), reloaded.ContributionsOf(i).ToArray()));
    }

    [Fact]
    public void No_candidates_give_an_empty_explanation()
    {
        Assert.Equal(0, bootstrap.Model.Explain([]).Count);
    }

    private static RegressionTreeEnsemble Ensemble(RankingModel model)
    {
        var ranker = ((IEnumerable<ITransformer>)model.Transformer).Last();
        return ((ISingleFeaturePredictionTransformer<TreeEnsembleModelParametersBasedOnRegressionTree>)ranker).Model.TrainedTreeEnsemble;
    }
}
