using Matchmaker.Model.Matching;

namespace Matchmaker.Model.Advice;

/// <summary>What a need pays, as <c>incomeReach</c> and the matches' income fit take it: the middle of the offered range.</summary>
public static class NeedPay
{
    /// <summary>The midpoint of the range (its one rate when one is given); null when unpaid.</summary>
    public static double? DayRate(NeedProjection need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return IncomeMath.MidDayRate(need.DayRateMin, need.DayRateMax) is > 0 and var rate ? rate : null;
    }

    /// <summary>Rate x the need's days x 52 / 12 in pennies (0 when unpaid): what it adds to a month.</summary>
    public static long MonthlyPennies(NeedProjection need) =>
        DayRate(need) is { } rate ? Pennies(IncomeMath.MonthlyPay(rate, need.DaysPerWeek)) : 0;

    public static long Pennies(double amount) => (long)Math.Round(amount * 100, MidpointRounding.AwayFromZero);

    /// <summary>Days in whole half-days, rounded up: a need's days must fit wholly.</summary>
    public static int HalfDays(double days) => double.IsFinite(days) && days > 0 ? (int)Math.Ceiling(Math.Min(days, 7) * 2 - 1e-9) : 0;

    /// <summary>The person's days in whole half-days, rounded down: never more than they offer.</summary>
    public static int Capacity(double days) => double.IsFinite(days) && days > 0 ? (int)Math.Floor(Math.Min(days, 7) * 2 + 1e-9) : 0;
}
