using Matchmaker.Needs;

namespace Matchmaker.Opportunities;

/// <summary>A need in the portfolio: the public need, the model's score and fit (its logistic, 0 to 1), what it pays, and why it is there.</summary>
public sealed record PortfolioNeedView(NeedView Need, float Score, double Fit, double DayRate, double DaysPerWeek, double MonthlyPay, IReadOnlyList<string> Reasons);
