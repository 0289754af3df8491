using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Bootstrap;

/// <summary>
/// The judgement behind the bootstrap grades, standing in for a coordinator until real decisions exist:
/// fit = 2.0 x share of required skills held + 0.8 x share held only through a neighbouring skill
/// + 0.6 x share held at the level asked + 0.8 if the need pays at least the person's minimum day rate
/// (or the person has no target) + 0.4 if the days fit + 0.4 if the place fits, plus noise; then
/// grade 3 from 3.6, 2 from 2.7, 1 from 1.8, else 0.
/// </summary>
public static class BootstrapJudge
{
    public static int Grade(Taxonomy taxonomy, PersonProjection person, NeedProjection need, double noise)
    {
        var held = person.Skills.ToDictionary(s => s.Key, s => s.Level, StringComparer.Ordinal);
        double exact = 0, related = 0, level = 0;
        foreach (var wanted in need.RequiredSkills)
        {
            if (held.TryGetValue(wanted.Key, out var has))
            {
                exact++;
                level += has >= wanted.Level ? 1 : 0;
            }
            else if (taxonomy.Neighbours(wanted.Key).Any(held.ContainsKey))
            {
                related++;
            }
        }

        var count = Math.Max(1, need.RequiredSkills.Count);
        var minimumRate = IncomeMath.MinimumDayRate(person.MonthlyIncomeTarget, person.DaysPerWeek) ?? 0;
        var paysEnough = person.MonthlyIncomeTarget is null || (need.DayRateMax ?? 0) >= minimumRate;
        var daysFit = need.DaysPerWeek <= person.DaysPerWeek;
        var placeFits = need.Remote != RemotePreference.OnSite || person.City == need.City;
        var fit = (2.0 * exact / count) + (0.8 * related / count) + (0.6 * level / count)
            + (paysEnough ? 0.8 : 0) + (daysFit ? 0.4 : 0) + (placeFits ? 0.4 : 0) + noise;
        return fit >= 3.6 ? 3 : fit >= 2.7 ? 2 : fit >= 1.8 ? 1 : 0;
    }
}
