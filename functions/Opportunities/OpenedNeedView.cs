namespace Matchmaker.Opportunities;

/// <summary>A need a skill would open: the level it asks, any other missing skill, and what it pays (nulls and 0 when unpaid).</summary>
public sealed record OpenedNeedView(string NeedId, string Title, string CoopId, string CoopName, string Level, IReadOnlyList<string> AlsoMissing, double? DayRate, double DaysPerWeek, double MonthlyPay);
