namespace Matchmaker.Model.Advice;

/// <summary>
/// A need's fit for the person: the ranking model's score through the logistic function, in (0, 1).
/// A ranking score only orders needs and may be negative; squashed, every fitting need adds to a total,
/// and the order of needs is the model's.
/// </summary>
public static class AdviceFit
{
    /// <summary>Fit is summed in millionths, so totals compare exactly.</summary>
    public const long Scale = 1_000_000;

    public static double Of(float score) => float.IsFinite(score) ? 1 / (1 + Math.Exp(-score)) : 0;

    /// <summary>In millionths, at least 1 so that every fitting need counts.</summary>
    public static long Units(float score) => Math.Max(1, (long)Math.Round(Of(score) * Scale, MidpointRounding.AwayFromZero));
}
