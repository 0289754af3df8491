using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Matchmaker.Model.Ranking;

/// <summary>Trains a learning-to-rank model on grouped, graded rows with ML.NET.</summary>
public static class RankerTrainer
{
    public static RankingModel Train(IReadOnlyList<RankingRow> rows, int featureCount, RankerOptions options)
    {
        var ml = new MLContext(seed: options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows, RankingSchema.For(featureCount));
        var groups = ml.Transforms.Conversion.MapValueToKey("GroupKey", nameof(RankingRow.GroupId));
        ITransformer model = options.Kind switch
        {
            RankerKind.LightGbm => groups.Append(ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
            {
                LabelColumnName = nameof(RankingRow.Label),
                FeatureColumnName = nameof(RankingRow.Features),
                RowGroupColumnName = "GroupKey",
                NumberOfIterations = options.Trees,
                NumberOfLeaves = options.Leaves,
                MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
                LearningRate = options.LearningRate,
                Seed = options.Seed,
                NumberOfThreads = 1,
            })).Fit(data) as ITransformer,
            _ => groups.Append(ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
            {
                LabelColumnName = nameof(RankingRow.Label),
                FeatureColumnName = nameof(RankingRow.Features),
                RowGroupColumnName = "GroupKey",
                NumberOfTrees = options.Trees,
                NumberOfLeaves = options.Leaves,
                MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
                LearningRate = options.LearningRate,
                Seed = options.Seed,
                NumberOfThreads = 1,
            })).Fit(data),
        };
        return new RankingModel(ml, model, featureCount);
    }
}
