namespace Matchmaker.Model.Advice;

/// <summary>The income portfolio: the chosen needs (best fit first) and what they add up to against the target.</summary>
/// <param name="DaysPerWeek">The chosen needs' days together.</param>
/// <param name="AvailableDays">The person's days a week.</param>
/// <param name="MonthlyIncome">The chosen needs' monthly pay together.</param>
/// <param name="MonthlyTarget">The person's target; null when they gave none.</param>
/// <param name="MeetsTarget">Whether MonthlyIncome reaches the target; null without one.</param>
/// <param name="Shortfall">Target minus MonthlyIncome when short, else 0; null without a target.</param>
/// <param name="Summary">The outcome in words, and when short, why.</param>
public sealed record Portfolio(
    IReadOnlyList<PortfolioNeed> Needs,
    double DaysPerWeek,
    double AvailableDays,
    double MonthlyIncome,
    double? MonthlyTarget,
    bool? MeetsTarget,
    double? Shortfall,
    string Summary);
