namespace Matchmaker.Model.Matching;

/// <summary>
/// Income arithmetic shared by features, portfolio and advice. A month is 52 / 12 weeks, so a person
/// working <c>d</c> days a week works <c>d x 52 / 12</c> days a month.
/// </summary>
public static class IncomeMath
{
    public const double WeeksPerMonth = 52.0 / 12.0;

    /// <summary>Days a month at this many days a week.</summary>
    public static double DaysPerMonth(double daysPerWeek) => daysPerWeek * WeeksPerMonth;

    /// <summary>
    /// The day rate that reaches the monthly target within the person's days: target / (days x 52 / 12).
    /// Null when there is no positive target or no positive days (nothing to compare a rate with).
    /// </summary>
    public static double? MinimumDayRate(double? monthlyTarget, double daysPerWeek) =>
        monthlyTarget is { } target && double.IsFinite(target) && target > 0 && double.IsFinite(daysPerWeek) && daysPerWeek > 0
            ? target / DaysPerMonth(daysPerWeek)
            : null;

    /// <summary>What a day rate pays a month at this many days a week: rate x days x 52 / 12.</summary>
    public static double MonthlyPay(double dayRate, double daysPerWeek) => dayRate * DaysPerMonth(daysPerWeek);

    /// <summary>
    /// The middle of an offered day-rate range (its one rate when only one is given), as every feature,
    /// reason, income fit and portfolio takes it: a range is what the work may pay, not what it will. Rates
    /// that are not finite or negative are ignored; null when none is left. A 0 counts (0 to 300 is 150).
    /// </summary>
    public static double? MidDayRate(double? min, double? max)
    {
        var low = Valid(min) ?? Valid(max);
        var high = Valid(max) ?? Valid(min);
        return low is { } l && high is { } h ? (l / 2) + (h / 2) : null;
    }

    /// <summary>A monthly target that can be compared with: positive and finite; null otherwise.</summary>
    public static double? ValidTarget(double? monthlyTarget) =>
        monthlyTarget is { } target && double.IsFinite(target) && target > 0 ? target : null;

    /// <summary>
    /// Whether a need's pay can be compared with a person's income target: the same currency, or one of them
    /// not named (projections written before currencies were, and the bootstrap set, which has none).
    /// Matchmaker holds no exchange rates, so pay in another currency is never converted.
    /// </summary>
    public static bool Comparable(string? payCurrency, string? targetCurrency) =>
        string.IsNullOrWhiteSpace(payCurrency) || string.IsNullOrWhiteSpace(targetCurrency)
        || string.Equals(payCurrency.Trim(), targetCurrency.Trim(), StringComparison.OrdinalIgnoreCase);

    private static double? Valid(double? rate) => rate is { } r && double.IsFinite(r) && r >= 0 ? r : null;
}
