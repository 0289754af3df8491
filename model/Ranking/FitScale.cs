namespace Matchmaker.Model.Ranking;

/// <summary>
/// A readable fit for a raw ranking score: the score's percentile (0 to 100) among the scores the same model
/// gave a reference set. The reference is kept as <see cref="Points"/> quantiles, so turning a score into a
/// fit needs only those numbers, not the reference itself or the model.
/// </summary>
public static class FitScale
{
    /// <summary>The 0th, 1st, ..., 100th percentile.</summary>
    public const int Points = 101;

    /// <summary>The 101 percentiles of <paramref name="scores"/> (linear between neighbouring ranks); none for no scores.</summary>
    public static double[] Quantiles(IEnumerable<float> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var sorted = scores.Where(float.IsFinite).Select(s => (double)s).Order().ToArray();
        if (sorted.Length == 0)
        {
            return [];
        }

        var quantiles = new double[Points];
        for (var k = 0; k < Points; k++)
        {
            var position = k * (sorted.Length - 1) / (double)(Points - 1);
            var below = (int)Math.Floor(position);
            var above = Math.Min(below + 1, sorted.Length - 1);
            quantiles[k] = sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
        }

        return quantiles;
    }

    /// <summary>
    /// The percentile of <paramref name="score"/> on the scale <paramref name="quantiles"/> describes, rounded
    /// to a whole number: 0 below the lowest reference score, 100 at or above the highest, and in between
    /// interpolated linearly between the two quantiles around it. Null when there is no scale to read.
    /// </summary>
    public static int? Percentile(double score, IReadOnlyList<double> quantiles)
    {
        ArgumentNullException.ThrowIfNull(quantiles);
        if (quantiles.Count < 2 || !double.IsFinite(score))
        {
            return null;
        }

        var last = quantiles.Count - 1;
        if (score >= quantiles[last])
        {
            return 100;
        }

        if (score < quantiles[0])
        {
            return 0;
        }

        // The highest quantile at or below the score: among equal quantiles (many equal reference scores)
        // the score counts as above all of them.
        int low = 0, high = last;
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (quantiles[middle] <= score)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        var fraction = (score - quantiles[low]) / (quantiles[high] - quantiles[low]);
        var percentile = (low + fraction) * 100 / last;
        return (int)Math.Clamp(Math.Round(percentile, MidpointRounding.AwayFromZero), 0, 100);
    }
}
