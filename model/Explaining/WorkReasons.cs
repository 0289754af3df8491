using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Explaining;

/// <summary>Reasons about the terms of the work: day rate, monthly income, days a week, place.</summary>
internal static class WorkReasons
{
    /// <summary>Income reach is only given as a reason from this share of the monthly target up.</summary>
    public const double NotableIncomeShare = 0.5;

    public static string? RateFit(PairFacts facts, string currency, ReasonAudience audience)
    {
        if (facts.MaxDayRate <= 0)
        {
            return null;
        }

        var rate = (facts.SingleRate ? "day rate of " : "day rate of up to ") + Wording.Money(currency, facts.MaxDayRate);
        if (facts.MinimumDayRate is not { } minimum)
        {
            // No minimum because there is no target says something; no minimum because there are no days does not.
            return facts.TargetInOtherCurrency ? $"paid work ({rate}), in another currency than the income target"
                : facts.MonthlyTarget is null ? $"paid work ({rate}) and no income target to meet"
                : null;
        }

        // Whole units, rounded up, so the minimum shown is never below the real one; the rate must reach the shown one.
        var shown = Math.Ceiling(minimum - 1e-9);
        if (facts.MaxDayRate < shown)
        {
            return null;
        }

        // The minimum is the target spread over the person's days: with the days, others could work the target out.
        return audience == ReasonAudience.Person ? $"{rate} meets the minimum of {Wording.Money(currency, shown)}" : $"{rate} meets their minimum";
    }

    public static string? IncomeReach(PairFacts facts, string currency, ReasonAudience audience)
    {
        var days = facts.NeedDays > 0 ? Math.Min(facts.NeedDays, facts.PersonDays) : facts.PersonDays;
        if (facts.MidDayRate <= 0 || facts.MonthlyTarget is not { } target || days <= 0)
        {
            return null;
        }

        var pay = IncomeMath.MonthlyPay(facts.MidDayRate, days);
        var paid = $"pays about {Wording.Money(currency, Math.Round(pay))} a month at {Wording.Days(days)} a week";
        var forPerson = audience == ReasonAudience.Person;
        var goal = forPerson ? $"the {Wording.Money(currency, target)} monthly target" : "their monthly target";
        if (pay >= target)
        {
            return $"{paid}, enough for {goal}";
        }

        // A share of the pay shown gives the target back, so others read only that it is a large part.
        var share = pay / target;
        return share < NotableIncomeShare ? null
            : forPerson ? $"{paid}, {Wording.Number(Math.Floor(share * 100))}% of {goal}"
            : $"{paid}, at least half of {goal}";
    }

    public static string? DaysFit(PairFacts facts) =>
        facts.NeedDays > 0 && facts.PersonDays >= facts.NeedDays
            ? $"available {Wording.Days(facts.PersonDays)} a week; the need asks {Wording.Number(facts.NeedDays)}"
            : null;

    public static string? LocationFit(PairFacts facts)
    {
        var need = facts.Need;
        var person = facts.Person;
        var needRemote = Remote(need.Remote);
        var personRemote = Remote(person.Remote);
        if (RemotePreferences.Conflict(needRemote, personRemote))
        {
            return null;
        }

        var (needCountry, personCountry) = (Country(need.Country), Country(person.Country));
        var sameCountry = needCountry.Length > 0 && needCountry == personCountry;
        var countriesAgree = sameCountry || needCountry.Length == 0 || personCountry.Length == 0;
        var sameCity = !string.IsNullOrWhiteSpace(need.City) && !string.IsNullOrWhiteSpace(person.City)
            && SkillText.Normalize(need.City) == SkillText.Normalize(person.City) && countriesAgree;
        if (sameCity)
        {
            return $"both in {need.City!.Trim()}";
        }

        return needRemote != RemotePreference.OnSite && personRemote != RemotePreference.OnSite ? "remote work suits both"
            : sameCountry ? $"both in {needCountry}"
            : null;
    }

    private static RemotePreference Remote(RemotePreference remote) => Enum.IsDefined(remote) ? remote : RemotePreference.RemoteOk;

    private static string Country(string? country) => string.IsNullOrWhiteSpace(country) ? "" : country.Trim().ToUpperInvariant();
}
