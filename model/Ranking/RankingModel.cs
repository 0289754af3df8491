using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace Matchmaker.Model.Ranking;

/// <summary>A trained ranker. Scores every candidate of a group in one batch <c>Transform</c>, and explains them in one too.</summary>
public sealed class RankingModel
{
    private const string ContributionsColumn = "FeatureContributions";

    private readonly MLContext ml;
    private readonly Lazy<TransformerChain<FeatureContributionCalculatingTransformer>> explainer;

    public RankingModel(MLContext ml, ITransformer transformer, int featureCount)
    {
        this.ml = ml;
        Transformer = transformer;
        FeatureCount = featureCount;
        explainer = new(BuildExplainer);
    }

    public int FeatureCount { get; }

    public ITransformer Transformer { get; }

    public float[] Score(IReadOnlyList<float[]> candidates)
    {
        var rows = candidates.Select(features => new RankingRow { Features = features }).ToList();
        var scored = Transformer.Transform(ml.Data.LoadFromEnumerable(rows, RankingSchema.For(FeatureCount)));
        return [.. scored.GetColumn<float>("Score")];
    }

    /// <summary>
    /// Scores the candidates and gives each feature's contribution to each score, in one <c>Transform</c> and
    /// one pass over its rows. A tree ensemble's contribution of a feature is, summed over the trees, the
    /// candidate's leaf value minus the leaf it would reach were each split on that feature along its path
    /// taken the other way (ML.NET's definition). So a positive contribution means the feature's value pushed
    /// the score up; the contributions do not add up to the score.
    /// </summary>
    public ScoredExplanations Explain(IReadOnlyList<float[]> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var rows = candidates.Select(features => new RankingRow { Features = features }).ToList();
        var explained = explainer.Value.Transform(ml.Data.LoadFromEnumerable(rows, RankingSchema.For(FeatureCount)));
        var scoreColumn = explained.Schema["Score"];
        var contributionsColumn = explained.Schema[ContributionsColumn];
        var scores = new float[rows.Count];
        var contributions = new float[rows.Count * FeatureCount];
        using var cursor = explained.GetRowCursor([scoreColumn, contributionsColumn]);
        var getScore = cursor.GetGetter<float>(scoreColumn);
        var getContributions = cursor.GetGetter<VBuffer<float>>(contributionsColumn);
        var buffer = default(VBuffer<float>);
        for (var i = 0; cursor.MoveNext(); i++)
        {
            getScore(ref scores[i]);
            getContributions(ref buffer);
            buffer.CopyTo(contributions.AsSpan(i * FeatureCount, FeatureCount));
        }

        return new ScoredExplanations(scores, contributions, FeatureCount);
    }

    /// <summary>Scores labelled rows and keeps their groups and labels, for evaluation.</summary>
    public IReadOnlyList<ScoredRow> Score(IReadOnlyList<RankingRow> rows)
    {
        var scores = Score([.. rows.Select(r => r.Features)]);
        return [.. rows.Select((row, i) => new ScoredRow(row.GroupId, row.Label, scores[i]))];
    }

    private TransformerChain<FeatureContributionCalculatingTransformer> BuildExplainer()
    {
        // A trained model is a chain (group key mapping, then the ranker); a loaded one is a chain too.
        var last = Transformer is IEnumerable<ITransformer> chain ? chain.LastOrDefault() : Transformer;
        if (last is not ISingleFeaturePredictionTransformer<ICalculateFeatureContribution> ranker)
        {
            throw new NotSupportedException($"The model's last step ({last?.GetType().Name ?? "none"}) cannot calculate feature contributions.");
        }

        // Every feature on both sides, so the breakdown is complete. Not normalised: raw contributions are in
        // the score's own units, so they can be compared across candidates and with score differences,
        // where normalised ones (divided by each row's largest) could not.
        var empty = Transformer.Transform(ml.Data.LoadFromEnumerable(Array.Empty<RankingRow>(), RankingSchema.For(FeatureCount)));
        var contributions = ml.Transforms.CalculateFeatureContribution(
            ranker, numberOfPositiveContributions: FeatureCount, numberOfNegativeContributions: FeatureCount, normalize: false).Fit(empty);
        return Transformer.Append(contributions);
    }
}
