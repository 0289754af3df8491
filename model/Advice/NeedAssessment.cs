using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Advice;

/// <summary>One need against the person: the skills it requires as they hold them, and whether its days, place and pay allow it.</summary>
public sealed record NeedAssessment(ScoredNeed Scored, IReadOnlyList<SkillMatch> Skills, int HalfDays, bool DaysFit, bool PlaceFits, double? DayRate, long MonthlyPennies)
{
    public NeedProjection Need => Scored.Need;

    public IReadOnlyList<SkillMatch> Missing => [.. Skills.Where(s => s.Missing)];

    /// <summary>Workable apart from skills: the days fit wholly and neither side rules out the other's place.</summary>
    public bool Workable => DaysFit && PlaceFits;

    /// <summary>A candidate for the portfolio: workable, paid, and every required skill held.</summary>
    public bool Fits => Workable && DayRate is not null && Skills.All(s => !s.Missing);

    public static NeedAssessment Of(PersonProjection person, ScoredNeed scored, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(scored);
        var need = scored.Need;
        var halfDays = NeedPay.HalfDays(need.DaysPerWeek);
        return new NeedAssessment(
            scored,
            SkillGaps.Check(person, need, taxonomy),
            halfDays,
            halfDays > 0 && halfDays <= NeedPay.Capacity(person.DaysPerWeek),
            !RemotePreferences.Conflict(person.Remote, need.Remote),
            NeedPay.DayRate(need),
            NeedPay.MonthlyPennies(need));
    }
}
