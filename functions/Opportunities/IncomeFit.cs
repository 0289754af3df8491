using Matchmaker.Model.Matching;
using Matchmaker.Needs;
using Matchmaker.Profiles;

namespace Matchmaker.Opportunities;

/// <summary>
/// What a need's pay does for the person's income target, worked out with <see cref="IncomeMath"/> the way
/// the <c>rateFit</c> and <c>incomeReach</c> features see it. Every amount is in <see cref="Currency"/>,
/// the need's; nothing is converted between currencies.
/// </summary>
/// <param name="Currency">The need's pay currency; null when the need is unpaid.</param>
/// <param name="DayRate">The middle of the need's offered range (its one rate when it offers one); null when unpaid.</param>
/// <param name="DaysPerWeek">The days the monthly sum assumes: the need's days, at most the person's; null when unpaid.</param>
/// <param name="MonthlyAtNeedDays">DayRate x DaysPerWeek x 52 / 12; null when unpaid.</param>
/// <param name="MinimumDayRate">The rate that reaches the target in the person's days: target / (days x 52 / 12); null without a comparable target.</param>
/// <param name="MeetsMinimum">Whether DayRate reaches MinimumDayRate, both in pennies; null without a comparable target.</param>
/// <param name="ShareOfTarget">MonthlyAtNeedDays / target (1 or more reaches it); null without a comparable target.</param>
public sealed record IncomeFit(
    string? Currency,
    double? DayRate,
    double? DaysPerWeek,
    double? MonthlyAtNeedDays,
    double? MinimumDayRate,
    bool? MeetsMinimum,
    double? ShareOfTarget)
{
    public static IncomeFit Unpaid { get; } = new(null, null, null, null, null, null, null);

    public static IncomeFit Of(ProfileEntity profile, NeedEntity need)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(need);
        if (DayRateOf(need) is not { } rate)
        {
            return Unpaid;
        }

        var personDays = Positive(profile.DaysPerWeek) ?? 0;
        var days = Positive(need.DaysPerWeek) is { } needDays ? Math.Min(needDays, personDays) : personDays;
        var monthly = IncomeMath.MonthlyPay(rate, days);
        // A target in another currency cannot be compared without an exchange rate, which Matchmaker does not hold.
        var comparable = IncomeMath.Comparable(need.DayRateCurrency, profile.IncomeCurrency);
        var target = comparable ? Positive(profile.IncomeMonthly) : null;
        // Rounded to pennies before comparing, so the answer agrees with the figures it shows and a rate equal
        // to the minimum meets it whatever the floating-point remainder of x 52 / 12.
        var minimum = IncomeMath.MinimumDayRate(target, personDays) is { } m ? Money(m) : (double?)null;
        return new(
            need.DayRateCurrency,
            Money(rate),
            days,
            Money(monthly),
            minimum,
            minimum is { } min ? Money(rate) >= min : null,
            minimum is not null && target is { } t ? Math.Round(monthly / t, 3, MidpointRounding.AwayFromZero) : null);
    }

    private static double? DayRateOf(NeedEntity need) => IncomeMath.MidDayRate(need.DayRateMin, need.DayRateMax) is > 0 and var rate ? rate : null;

    private static double? Positive(double? value) => value is { } v && double.IsFinite(v) && v > 0 ? v : null;

    private static double Money(double amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
