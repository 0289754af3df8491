using System.Numerics;

namespace Matchmaker.Model.Matching;

/// <summary>
/// The per-pair formulas behind <see cref="PairFeatureExtractor.Extract(PreparedNeed, PreparedPerson, Span{float})"/>:
/// one look-up per person key in the need's <see cref="KeyBuckets"/>, no allocation. docs/matching.md
/// gives each formula in words.
/// </summary>
internal static class PairFeatureFormulas
{
    private const int Levels = 4;

    private static readonly double[] LevelFits = BuildLevelFits();

    /// <summary>
    /// The five skill features, from one look-up of each of the person's skills in the need's
    /// <see cref="PreparedNeed.SkillRoles"/>. Matched weights and level fits are added in key order (both
    /// sides' keys are hashed and the person's are sorted), so the sums do not depend on how the need listed them.
    /// </summary>
    internal static void SkillFeatures(PreparedNeed need, PreparedPerson person, Span<float> features)
    {
        var skills = person.Skills;
        var levels = person.SkillLevels;
        var keys = need.SkillKeys;
        var roles = need.SkillRoles;
        var exact = 0UL;
        var near = 0UL;
        var niceToHave = 0;
        var matchedWeight = 0.0;
        var levelFit = 0.0;
        for (var j = 0; j < skills.Length; j++)
        {
            var slot = keys.IndexOf(skills[j]);
            if (slot < 0)
            {
                continue;
            }

            var role = roles[slot];
            exact |= role.Required;
            near |= role.NeighbourOf;
            niceToHave += role.NiceToHave ? 1 : 0;
            matchedWeight += role.Weight;
            if (role.Required != 0)
            {
                levelFit += LevelFits[(role.AskedLevel * Levels) + levels[j]];
            }
        }

        var exactCount = BitOperations.PopCount(exact);
        var related = exactCount + (PairFeatureExtractor.RelatedCredit * BitOperations.PopCount(near & ~exact));
        features[(int)PairFeature.RequiredCoverageExact] = Share(exactCount, need.RequiredCount);
        features[(int)PairFeature.RequiredCoverageRelated] = need.RequiredCount == 0 ? 0f : Unit(related / need.RequiredCount);
        features[(int)PairFeature.LevelFit] = exactCount == 0 ? 0f : Unit(levelFit / exactCount);
        features[(int)PairFeature.NiceToHaveCoverage] = Share(niceToHave, need.NiceToHaveCount);
        features[(int)PairFeature.IdfOverlap] = need.TotalWeight > 0 ? Unit(matchedWeight / need.TotalWeight) : 0f;
    }

    internal static float TextSimilarity(PreparedNeed need, PreparedPerson person) =>
        need.Terms.Count == 0 || person.Terms.Length == 0
            ? 0f
            : Unit(need.Terms.CountIn(person.Terms) / Math.Sqrt((double)need.Terms.Count * person.Terms.Length));

    internal static float RateFit(PreparedNeed need, PreparedPerson person)
    {
        if (need.MaxDayRate <= 0)
        {
            return 0f;
        }

        // A target in another currency is no target the rate can be held against, as when there is none.
        return person.MinimumDayRate is { } minimum && SameCurrency(need, person) ? Unit(need.MaxDayRate / minimum) : 1f;
    }

    internal static float IncomeReach(PreparedNeed need, PreparedPerson person)
    {
        if (need.MidDayRate <= 0)
        {
            return 0f;
        }

        if (person.MonthlyIncomeTarget is not { } target || !SameCurrency(need, person))
        {
            return 1f;
        }

        var days = need.DaysPerWeek > 0 ? Math.Min(need.DaysPerWeek, person.DaysPerWeek) : person.DaysPerWeek;
        return Unit(IncomeMath.MonthlyPay(need.MidDayRate, days) / target);
    }

    // As IncomeMath.Comparable: a currency not named is taken to be the other side's.
    internal static bool SameCurrency(PreparedNeed need, PreparedPerson person) =>
        need.Currency == 0 || person.Currency == 0 || need.Currency == person.Currency;

    internal static float LocationFit(PreparedNeed need, PreparedPerson person)
    {
        if (RemotePreferences.Conflict(need.Remote, person.Remote))
        {
            return 0f;
        }

        var sameCountry = need.Country != 0 && need.Country == person.Country;
        var countriesAgree = sameCountry || need.Country == 0 || person.Country == 0;
        var place = need.City != 0 && need.City == person.City && countriesAgree ? 1.0 : sameCountry ? 0.5 : 0.0;
        var remote = need.Remote != RemotePreference.OnSite && person.Remote != RemotePreference.OnSite;
        return (float)(remote ? 0.75 + (0.25 * place) : place);
    }

    internal static float Share(int part, int whole) => whole == 0 ? 0f : Unit((double)part / whole);

    // Clamps to [0, 1]; NaN becomes 0.
    internal static float Unit(double value) => value >= 0 ? (value <= 1 ? (float)value : 1f) : 0f;

    // 2^(-age / half-life) with age in days; a time in the future counts as age 0.
    internal static double Decay(long ageTicks, double halfLifeDays) =>
        ageTicks <= 0 ? 1.0 : Math.Exp(-Math.Log(2) * (ageTicks / (double)TimeSpan.TicksPerDay) / halfLifeDays);

    private static double[] BuildLevelFits()
    {
        var fits = new double[Levels * Levels];
        for (var asked = 0; asked < Levels; asked++)
        {
            for (var has = 0; has < Levels; has++)
            {
                fits[(asked * Levels) + has] = 1.0 - (Math.Max(0, asked - has) / (double)(Levels - 1));
            }
        }

        return fits;
    }
}
