using Matchmaker.Model.Matching;

namespace Matchmaker.Model.Advice;

/// <summary>A need a skill would open: the level it asks, any other skill it still lacks, and what it pays.</summary>
/// <param name="AlsoMissing">The other missing skill's name when the skill is one of two missing pieces; empty when it is the only one.</param>
/// <param name="DayRate">The middle of the offered range; null when unpaid.</param>
/// <param name="MonthlyPay">DayRate x the need's days x 52 / 12; 0 when unpaid.</param>
public sealed record OpenedNeed(NeedProjection Need, SkillLevel Level, IReadOnlyList<string> AlsoMissing, double? DayRate, double MonthlyPay, double Fit);
