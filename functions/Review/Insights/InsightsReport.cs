namespace Matchmaker.Review.Insights;

/// <summary>The answer of GET /api/insights.</summary>
public sealed record InsightsReport(
    Funnel Funnel,
    IReadOnlyList<SkillBalance> Skills,
    IReadOnlyList<ApprovalRate> ApprovalRateByCoop,
    IReadOnlyList<ApprovalRate> ApprovalRateByRegion);
