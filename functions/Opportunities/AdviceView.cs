using Matchmaker.Coops;
using Matchmaker.Model.Advice;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;

namespace Matchmaker.Opportunities;

/// <summary>The body of <c>GET /profiles/{id}/advice</c>.</summary>
public sealed record AdviceView(PortfolioView Portfolio, IReadOnlyList<SkillAdviceView> Learning)
{
    public static AdviceView NotMatched(string currency, double days) => new(
        new PortfolioView([], currency, 0, days, 0, null, null, null, "Advice starts once the profile is confirmed and agrees to matching."),
        []);

    /// <param name="coopOf">Every co-op the advice names in brief, by id.</param>
    public static AdviceView Of(
        NewcomerAdvice advice,
        string currency,
        IReadOnlyDictionary<string, NeedEntity> needs,
        Func<string, IReadOnlyList<string>> reasons,
        Func<string, CoopSummary> coopOf)
    {
        ArgumentNullException.ThrowIfNull(coopOf);
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(reasons);
        var p = advice.Portfolio;
        return new AdviceView(
            new PortfolioView(
                [.. p.Needs.Select(n => new PortfolioNeedView(
                    NeedMapper.ToView(needs[n.Need.Id], coopOf(n.Need.CoopId)), n.Score, Math.Round(n.Fit, 3), n.DayRate, n.DaysPerWeek, n.MonthlyPay, [.. n.Reasons, .. reasons(n.Need.Id)]))],
                currency,
                p.DaysPerWeek,
                p.AvailableDays,
                p.MonthlyIncome,
                p.MonthlyTarget,
                p.MeetsTarget,
                p.Shortfall,
                p.Summary),
            [.. advice.Learning.Select(s => new SkillAdviceView(
                s.Name,
                s.Skill,
                s.Wanted,
                [.. s.OpensNeeds.Select(o => new OpenedNeedView(
                    o.Need.Id, needs[o.Need.Id].Title, o.Need.CoopId, coopOf(o.Need.CoopId).Name, FieldRules.Levels[(int)o.Level], o.AlsoMissing, o.DayRate, o.Need.DaysPerWeek, o.MonthlyPay))],
                s.AverageDayRate,
                [.. s.Teachers.Select(t => new TeacherView(t.CoopId, coopOf(t.CoopId).Name, t.NeedIds))]))]);
    }
}
