using Matchmaker.Model.Matching;

namespace Matchmaker.Model.Advice;

/// <summary>A need chosen for the portfolio, what it pays, and why it is there.</summary>
/// <param name="Fit">The model's score through the logistic function (see <see cref="AdviceFit"/>).</param>
/// <param name="DayRate">The middle of the offered range.</param>
/// <param name="MonthlyPay">DayRate x DaysPerWeek x 52 / 12, in pennies' precision.</param>
public sealed record PortfolioNeed(NeedProjection Need, float Score, double Fit, double DayRate, double DaysPerWeek, double MonthlyPay, IReadOnlyList<string> Reasons);
