using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Explaining;

/// <summary>
/// The facts of one pair that reasons are written from, read from the projections the way
/// <see cref="PairFeatureExtractor"/> reads them (missing lists are empty, invalid numbers are missing,
/// duplicate skills count at their highest level), so a reason states what the features saw.
/// </summary>
internal sealed class PairFacts
{
    public PairFacts(NeedProjection need, PersonProjection person, Taxonomy taxonomy)
    {
        Need = need;
        Person = person;
        Taxonomy = taxonomy;
        Held = HighestLevels.Of(person.Skills);
        Required = HighestLevels.Of(need.RequiredSkills);
        RequiredKeys = [.. (need.RequiredSkills ?? []).Select(s => s.Key).Where(k => k is not null).Distinct(StringComparer.Ordinal)];
        NiceToHave = [.. (need.NiceToHave ?? []).Where(k => k is not null).Distinct(StringComparer.Ordinal)];
        var rates = new[] { need.DayRateMin, need.DayRateMax }.Where(r => r is { } v && double.IsFinite(v) && v >= 0).Select(r => r!.Value).ToArray();
        MaxDayRate = rates.Length == 0 ? 0 : rates.Max();
        SingleRate = rates.Distinct().Count() <= 1;
        MidDayRate = IncomeMath.MidDayRate(need.DayRateMin, need.DayRateMax) ?? 0;
        PersonDays = ValidDays(person.DaysPerWeek);
        NeedDays = ValidDays(need.DaysPerWeek);
        var target = IncomeMath.ValidTarget(person.MonthlyIncomeTarget);
        TargetInOtherCurrency = target is not null && !IncomeMath.Comparable(need.PayCurrency, person.IncomeCurrency);
        // As the features see it: a target in another currency is no target the pay can be held against.
        MonthlyTarget = TargetInOtherCurrency ? null : target;
        MinimumDayRate = IncomeMath.MinimumDayRate(MonthlyTarget, PersonDays);
    }

    public NeedProjection Need { get; }

    public PersonProjection Person { get; }

    public Taxonomy Taxonomy { get; }

    /// <summary>The person's skills: key to highest level.</summary>
    public IReadOnlyDictionary<string, SkillLevel> Held { get; }

    /// <summary>The need's required skills: key to highest level asked.</summary>
    public IReadOnlyDictionary<string, SkillLevel> Required { get; }

    /// <summary>The distinct required keys in the need's order.</summary>
    public IReadOnlyList<string> RequiredKeys { get; }

    /// <summary>The distinct nice-to-have keys in the need's order.</summary>
    public IReadOnlyList<string> NiceToHave { get; }

    /// <summary>The higher of the offered rates; 0 when unpaid.</summary>
    public double MaxDayRate { get; }

    /// <summary>True when one rate (or the same rate twice) is offered, not a range.</summary>
    public bool SingleRate { get; }

    public double MidDayRate { get; }

    /// <summary>Days a week, at most 7; 0 when missing or invalid.</summary>
    public double PersonDays { get; }

    public double NeedDays { get; }

    /// <summary>A positive target in the need's pay currency; null when none or in another currency.</summary>
    public double? MonthlyTarget { get; }

    /// <summary>True when the person has a target, in another currency than the need's pay.</summary>
    public bool TargetInOtherCurrency { get; }

    public double? MinimumDayRate { get; }

    public string Name(string key) => Wording.Name(Taxonomy, key);

    private static double ValidDays(double days) =>
        double.IsFinite(days) && days > 0 ? Math.Min(days, PairFeatureExtractor.MaxDaysPerWeek) : 0;
}
