using Matchmaker.Model.Explaining;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Advice;

/// <summary>Chooses the income portfolio from the assessed needs with <see cref="IncomePortfolio"/> and says what it comes to.</summary>
public static class PortfolioBuilder
{
    public static Portfolio Build(PersonProjection person, IReadOnlyList<NeedAssessment> needs, Taxonomy taxonomy, string currency)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(needs);
        var candidates = needs.Where(n => n.Fits).OrderBy(n => n.Need.Id, StringComparer.Ordinal).ToList();
        var target = IncomeMath.ValidTarget(person.MonthlyIncomeTarget);
        var choice = IncomePortfolio.Choose(
            [.. candidates.Select(n => new PortfolioItem(n.HalfDays, n.MonthlyPennies, AdviceFit.Units(n.Scored.Score)))],
            NeedPay.Capacity(person.DaysPerWeek),
            target is { } goal ? NeedPay.Pennies(goal) : 0);

        var chosen = choice.Chosen.Select(i => candidates[i])
            .OrderByDescending(n => n.Scored.Score)
            .ThenBy(n => n.Need.Id, StringComparer.Ordinal)
            .Select(n => Pick(n, taxonomy, currency))
            .ToList();
        var income = choice.MonthlyPennies / 100.0;
        var days = chosen.Sum(n => n.DaysPerWeek);
        var shortfall = target is { } aim ? Math.Max(0, NeedPay.Pennies(aim) - choice.MonthlyPennies) / 100.0 : (double?)null;
        return new Portfolio(
            chosen,
            days,
            person.DaysPerWeek,
            income,
            target,
            target is null ? null : choice.ReachesTarget,
            shortfall,
            PortfolioSummary.Write(person, needs, chosen, income, target, shortfall, currency));
    }

    private static PortfolioNeed Pick(NeedAssessment need, Taxonomy taxonomy, string currency)
    {
        var rate = need.DayRate!.Value;
        var monthly = need.MonthlyPennies / 100.0;
        var skills = need.Skills.Count == 0
            ? "asks for no particular skill"
            : "has every required skill: " + Wording.List([.. need.Skills.Select(s => Held(s, taxonomy))]);
        var pay = $"{Wording.Money(currency, Math.Round(rate, 2))} a day for {Wording.Days(need.Need.DaysPerWeek)} a week: {Wording.Money(currency, monthly)} a month";
        return new PortfolioNeed(need.Need, need.Scored.Score, AdviceFit.Of(need.Scored.Score), Math.Round(rate, 2), need.Need.DaysPerWeek, monthly, [skills, pay]);
    }

    private static string Held(SkillMatch skill, Taxonomy taxonomy)
    {
        var level = skill.HeldLevel!.Value.ToString().ToLowerInvariant();
        var name = Wording.Name(taxonomy, skill.Required.Key);
        return skill.ThroughNeighbour ? $"{name} (through {Wording.Name(taxonomy, skill.HeldKey!)}, {level})" : $"{name} ({level})";
    }
}
