namespace Matchmaker.Model.Advice;

/// <summary>The set <see cref="IncomePortfolio.Choose"/> picked: item indices in ascending order, and their totals.</summary>
public sealed record PortfolioChoice(IReadOnlyList<int> Chosen, int HalfDays, long MonthlyPennies, long Fit, bool ReachesTarget);
