using Microsoft.ML;
using Microsoft.ML.Data;

namespace Matchmaker.Model.Ranking;

/// <summary>A trained ranker. Scores every candidate of a group in one batch <c>Transform</c>.</summary>
public sealed class RankingModel(MLContext ml, ITransformer transformer, int featureCount)
{
    public int FeatureCount { get; } = featureCount;

    public ITransformer Transformer { get; } = transformer;

    public float[] Score(IReadOnlyList<float[]> candidates)
    {
        var rows = candidates.Select(features => new RankingRow { Features = features }).ToList();
        var scored = Transformer.Transform(ml.Data.LoadFromEnumerable(rows, RankingSchema.For(FeatureCount)));
        return [.. scored.GetColumn<float>("Score")];
    }

    /// <summary>Scores labelled rows and keeps their groups and labels, for evaluation.</summary>
    public IReadOnlyList<ScoredRow> Score(IReadOnlyList<RankingRow> rows)
    {
        var scores = Score([.. rows.Select(r => r.Features)]);
        return [.. rows.Select((row, i) => new ScoredRow(row.GroupId, row.Label, scores[i]))];
    }
}
