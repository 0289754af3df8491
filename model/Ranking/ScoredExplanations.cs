namespace Matchmaker.Model.Ranking;

/// <summary>
/// A batch of candidates scored and explained by <see cref="RankingModel.Explain"/>: each candidate's score
/// and its per-feature contributions, in the order the candidates were given. The contributions lie in one
/// flat array (row <c>i</c> is candidate <c>i</c>) so a batch of thousands costs one allocation, not thousands.
/// </summary>
public sealed class ScoredExplanations
{
    private readonly float[] scores;
    private readonly float[] contributions;

    internal ScoredExplanations(float[] scores, float[] contributions, int featureCount)
    {
        this.scores = scores;
        this.contributions = contributions;
        FeatureCount = featureCount;
    }

    public int Count => scores.Length;

    public int FeatureCount { get; }

    public IReadOnlyList<float> Scores => scores;

    /// <summary>The candidate's contribution of each feature, in feature order (see <see cref="RankingModel.Explain"/> for their meaning).</summary>
    public ReadOnlySpan<float> ContributionsOf(int candidate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(candidate, Count);
        return contributions.AsSpan(candidate * FeatureCount, FeatureCount);
    }

    /// <summary>The candidate's breakdown as <c>{feature name: contribution}</c>, for a response body.</summary>
    public IReadOnlyDictionary<string, float> Breakdown(int candidate, IReadOnlyList<string> featureNames)
    {
        ArgumentNullException.ThrowIfNull(featureNames);
        if (featureNames.Count != FeatureCount)
        {
            throw new ArgumentException($"{FeatureCount} feature names are needed.", nameof(featureNames));
        }

        var row = ContributionsOf(candidate);
        var breakdown = new Dictionary<string, float>(FeatureCount, StringComparer.Ordinal);
        for (var i = 0; i < row.Length; i++)
        {
            breakdown[featureNames[i]] = row[i];
        }

        return breakdown;
    }
}
