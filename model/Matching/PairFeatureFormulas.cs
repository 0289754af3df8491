namespace Matchmaker.Model.Matching;

/// <summary>
/// The per-pair formulas behind <see cref="PairFeatureExtractor.Extract(PreparedNeed, PreparedPerson, Span{float})"/>:
/// merges of small sorted key arrays and hash probes over prepared sides, no allocation. docs/matching.md
/// gives each formula in words.
/// </summary>
internal static class PairFeatureFormulas
{
    private const int Levels = 4;

    private static readonly double[] LevelFits = BuildLevelFits();

    internal static void Coverage(PreparedNeed need, PreparedPerson person, Span<float> features)
    {
        var required = need.Required;
        var skills = person.Skills;
        var exact = 0;
        var related = 0.0;
        var levelFit = 0.0;
        var j = 0;
        for (var i = 0; i < required.Length; i++)
        {
            var key = required[i];
            while (j < skills.Length && skills[j] < key)
            {
                j++;
            }

            if (j < skills.Length && skills[j] == key)
            {
                exact++;
                related += 1;
                levelFit += LevelFits[(need.RequiredLevels[i] * Levels) + person.SkillLevels[j]];
            }
            else if (SortedKeys.Intersects(need.RequiredNeighbours[i], skills))
            {
                related += PairFeatureExtractor.RelatedCredit;
            }
        }

        features[(int)PairFeature.RequiredCoverageExact] = Share(exact, required.Length);
        features[(int)PairFeature.RequiredCoverageRelated] = required.Length == 0 ? 0f : Unit(related / required.Length);
        features[(int)PairFeature.LevelFit] = exact == 0 ? 0f : Unit(levelFit / exact);
    }

    internal static float IdfOverlap(PreparedNeed need, PreparedPerson person)
    {
        var keys = need.WeightedKeys;
        var skills = person.Skills;
        var matched = 0.0;
        var i = 0;
        var j = 0;
        while (i < keys.Length && j < skills.Length)
        {
            if (keys[i] == skills[j])
            {
                matched += need.Weights[i];
                i++;
                j++;
            }
            else if (keys[i] < skills[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return need.TotalWeight > 0 ? Unit(matched / need.TotalWeight) : 0f;
    }

    internal static float TextSimilarity(PreparedNeed need, PreparedPerson person) =>
        need.TermCount == 0 || person.Terms.Length == 0
            ? 0f
            : Unit(KeyTable.CountIn(person.Terms, need.TermTable) / Math.Sqrt((double)need.TermCount * person.Terms.Length));

    internal static float RateFit(PreparedNeed need, PreparedPerson person)
    {
        if (need.MaxDayRate <= 0)
        {
            return 0f;
        }

        return person.MinimumDayRate is { } minimum ? Unit(need.MaxDayRate / minimum) : 1f;
    }

    internal static float IncomeReach(PreparedNeed need, PreparedPerson person)
    {
        if (need.MidDayRate <= 0)
        {
            return 0f;
        }

        if (person.MonthlyIncomeTarget is not { } target)
        {
            return 1f;
        }

        var days = need.DaysPerWeek > 0 ? Math.Min(need.DaysPerWeek, person.DaysPerWeek) : person.DaysPerWeek;
        return Unit(IncomeMath.MonthlyPay(need.MidDayRate, days) / target);
    }

    internal static float LocationFit(PreparedNeed need, PreparedPerson person)
    {
        if ((need.Remote == RemotePreference.OnSite && person.Remote == RemotePreference.RemoteOnly)
            || (need.Remote == RemotePreference.RemoteOnly && person.Remote == RemotePreference.OnSite))
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
