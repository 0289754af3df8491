namespace Matchmaker.Model.Advice;

/// <summary>
/// One need as the portfolio knapsack sees it, in whole units so that sums compare exactly: its days in
/// half-days, its monthly pay in pennies, and its fit in millionths (see <see cref="AdviceFit"/>).
/// </summary>
public readonly record struct PortfolioItem(int HalfDays, long MonthlyPennies, long Fit);
