using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Explaining;

/// <summary>Reasons about the terms of the work: day rate, monthly income, days a week, place.</summary>
internal static class WorkReasons
{
    /// <summary>Income reach is only given as a reason from this share of the monthly target up.</summary>
    public const double NotableIncomeShare = 0.5;

    public static string? RateFit(PairFacts facts, string currency)
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
        return facts.MaxDayRate >= shown ? $"{rate} meets the minimum of {Wording.Money(currency, shown)}" : null;
    }

    public static string? IncomeReach(PairFacts facts, string currency)
    {
        var days = facts.NeedDays > 0 ? Math.Min(facts.NeedDays, facts.PersonDays) : facts.PersonDays;
        if (facts.MidDayRate <= 0 || facts.MonthlyTarget is not { } target || days <= 0)
        {
            return null;
        }

        var pay = IncomeMath.MonthlyPay(facts.MidDayRate, days);
        var paid = $"pays about {Wording.Money(currency, Math.Round(pay))} a month at {Wording.Days(days)} a week";
        var goal = $"the {Wording.Money(currency, target)} monthly target";
        if (pay >= target)
        {
            return $"{paid}, enough for {goal}";
        }

        var share = pay / target;
        return share >= NotableIncomeShare ? $"{paid}, {Wording.Number(Math.Floor(share * 100))}% of {goal}" : null;
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
