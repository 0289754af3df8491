namespace Matchmaker.Opportunities;

/// <summary>
/// The income portfolio: needs that together fit the person's days and reach their monthly target with the
/// best total fit, or, when none do, pay the most (docs/matching.md). Amounts are in <see cref="Currency"/>,
/// the person's target currency; needs paying in another currency are left out.
/// </summary>
/// <param name="DaysPerWeek">The chosen needs' days together.</param>
/// <param name="AvailableDaysPerWeek">The person's days a week.</param>
/// <param name="MonthlyIncome">The chosen needs' pay a month together.</param>
/// <param name="MeetsTarget">Null when the person gave no target.</param>
/// <param name="Shortfall">How far MonthlyIncome is below the target (0 when it reaches it); null without a target.</param>
/// <param name="Summary">The outcome in words; when short, what kept the other needs out.</param>
public sealed record PortfolioView(
    IReadOnlyList<PortfolioNeedView> Needs,
    string Currency,
    double DaysPerWeek,
    double AvailableDaysPerWeek,
    double MonthlyIncome,
    double? MonthlyTarget,
    bool? MeetsTarget,
    double? Shortfall,
    string Summary);
