using Matchmaker.Model.Skills;
using static Matchmaker.Model.Matching.PairFeatureFormulas;

namespace Matchmaker.Model.Matching;

/// <summary>
/// Computes the <see cref="PairFeature"/> vector of a (person, need) pair. Pure and deterministic: the same
/// projections, taxonomy, statistics and reference time give the same floats. Each side is prepared once
/// (hashing, sorting, taxonomy and IDF look-ups), so the per-pair work is one look-up of each of the
/// person's keys in the need's <see cref="KeyBuckets"/>, with no allocation. docs/matching.md documents every feature.
/// </summary>
public sealed class PairFeatureExtractor
{
    /// <summary>Credit for a required skill the person lacks but has a taxonomy neighbour of.</summary>
    public const double RelatedCredit = 0.5;

    /// <summary>Weight of a nice-to-have skill relative to a required one in IDF-weighted overlap.</summary>
    public const double NiceToHaveWeight = 0.5;

    public const double NeedHalfLifeDays = 30;

    public const double ProfileHalfLifeDays = 90;

    /// <summary>Days a week are read as at most this many; anything not positive and finite is 0.</summary>
    public const double MaxDaysPerWeek = 7;

    /// <summary>At most this many text terms of each side are compared.</summary>
    public const int MaxTerms = TextTerms.DefaultMax;

    /// <summary>At most this many distinct required skills are compared (the first in key hash order); the API allows 50.</summary>
    public const int MaxRequiredSkills = 64;

    /// <summary>At most this many tokens are kept from interests, wishes and what a co-op can teach.</summary>
    public const int MaxKeyTokens = 128;

    private const int CityCacheLimit = 10_000;

    private static readonly BoundedCache<ulong> Cities = new(CityCacheLimit, city => KeyHash.Of(SkillText.Normalize(city)));

    private readonly Taxonomy taxonomy;
    private readonly SkillStatistics statistics;
    private readonly KeyTokenizer keyTokens;

    public PairFeatureExtractor(Taxonomy taxonomy, SkillStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(statistics);
        this.taxonomy = taxonomy;
        this.statistics = statistics;
        keyTokens = new KeyTokenizer(taxonomy);
    }

    public PreparedPerson Prepare(PersonProjection person)
    {
        ArgumentNullException.ThrowIfNull(person);
        // Lists are never null by type; a projection read back from JSON written by another version could still lack one.
        var (skills, levels) = SortedKeys.Leveled(person.Skills ?? []);
        var days = Days(person.DaysPerWeek);
        var target = IncomeMath.ValidTarget(person.MonthlyIncomeTarget);
        var interests = keyTokens.Of(person.Interests ?? [], MaxKeyTokens);
        var learn = keyTokens.Of(person.WantsToLearn ?? [], MaxKeyTokens);
        return new PreparedPerson(person.Id, skills, levels, interests, learn, TermHashes(person.Terms ?? []))
        {
            DaysPerWeek = days,
            MonthlyIncomeTarget = target,
            MinimumDayRate = IncomeMath.MinimumDayRate(target, days),
            Currency = Code(person.IncomeCurrency),
            City = City(person.City),
            Country = Code(person.Country),
            Remote = Remote(person.Remote),
            UpdatedTicks = person.UpdatedAt.UtcTicks,
        };
    }

    public PreparedNeed Prepare(NeedProjection need, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(need);
        var requiredSkills = need.RequiredSkills ?? [];
        var niceToHaveKeys = need.NiceToHave ?? [];
        var canTeach = need.CanTeach ?? [];
        var (required, levels) = SortedKeys.Leveled(requiredSkills);
        Array.Resize(ref required, Math.Min(required.Length, MaxRequiredSkills));
        var requiredKeys = new Dictionary<ulong, string>();
        foreach (var skill in requiredSkills)
        {
            if (skill.Key is not null)
            {
                requiredKeys.TryAdd(KeyHash.Of(skill.Key), skill.Key);
            }
        }

        // Summed in key order below, as the features add matched weights in key order.
        var weights = new SortedDictionary<ulong, double>();
        foreach (var hash in required)
        {
            weights[hash] = statistics.Idf(requiredKeys[hash]);
        }

        foreach (var key in niceToHaveKeys)
        {
            if (key is not null)
            {
                weights.TryAdd(KeyHash.Of(key), NiceToHaveWeight * statistics.Idf(key));
            }
        }

        var niceToHave = SortedKeys.From(niceToHaveKeys);
        var roles = new Dictionary<ulong, SkillRole>();
        for (var i = 0; i < required.Length; i++)
        {
            roles[required[i]] = roles.GetValueOrDefault(required[i]) with { Required = 1UL << i, AskedLevel = levels[i] };
            foreach (var neighbour in SortedKeys.From(taxonomy.Neighbours(requiredKeys[required[i]])))
            {
                var role = roles.GetValueOrDefault(neighbour);
                roles[neighbour] = role with { NeighbourOf = role.NeighbourOf | (1UL << i) };
            }
        }

        foreach (var hash in niceToHave)
        {
            roles[hash] = roles.GetValueOrDefault(hash) with { NiceToHave = true };
        }

        foreach (var (hash, weight) in weights)
        {
            roles[hash] = roles.GetValueOrDefault(hash) with { Weight = weight };
        }

        var skillKeys = new KeyBuckets([.. roles.Keys]);
        var skillRoles = new SkillRole[skillKeys.Slots];
        foreach (var (hash, role) in roles)
        {
            skillRoles[skillKeys.IndexOf(hash)] = role;
        }

        var rates = new[] { need.DayRateMin, need.DayRateMax }
            .Where(rate => rate is { } r && double.IsFinite(r) && r >= 0)
            .Select(rate => rate!.Value)
            .ToArray();
        var needTerms = TermHashes(need.Terms ?? []);
        var topicKeys = requiredSkills.Select(s => s.Key).Concat(niceToHaveKeys).Concat(canTeach);
        return new PreparedNeed(need.Id)
        {
            Now = now,
            RequiredCount = required.Length,
            NiceToHaveCount = niceToHave.Length,
            SkillKeys = skillKeys,
            SkillRoles = skillRoles,
            TotalWeight = weights.Values.Sum(),
            TopicTokens = new KeyBuckets([.. keyTokens.Of(topicKeys, int.MaxValue), .. needTerms]),
            TeachTokens = new KeyBuckets(keyTokens.Of(canTeach, MaxKeyTokens)),
            Terms = new KeyBuckets(needTerms),
            MaxDayRate = rates.Length == 0 ? 0 : rates.Max(),
            MidDayRate = IncomeMath.MidDayRate(need.DayRateMin, need.DayRateMax) ?? 0,
            DaysPerWeek = Days(need.DaysPerWeek),
            Currency = Code(need.PayCurrency),
            City = City(need.City),
            Country = Code(need.Country),
            Remote = Remote(need.Remote),
            Freshness = (float)Decay(now.UtcTicks - need.UpdatedAt.UtcTicks, NeedHalfLifeDays),
        };
    }

    /// <summary>The features of one pair, from projections: prepares both sides first, so prefer the prepared forms for many pairs.</summary>
    public float[] Extract(NeedProjection need, PersonProjection person, DateTimeOffset now)
    {
        var features = new float[PairFeatures.Count];
        Extract(Prepare(need, now), Prepare(person), features);
        return features;
    }

    /// <summary>The features of one need against many people: row <c>i</c> of <paramref name="features"/> (length <see cref="PairFeatures.Count"/>) is person <c>i</c>.</summary>
    public static void Extract(PreparedNeed need, ReadOnlySpan<PreparedPerson> people, Span<float> features)
    {
        if (features.Length < people.Length * PairFeatures.Count)
        {
            throw new ArgumentException($"Room for {people.Length} rows of {PairFeatures.Count} features is needed.", nameof(features));
        }

        for (var i = 0; i < people.Length; i++)
        {
            Extract(need, people[i], features.Slice(i * PairFeatures.Count, PairFeatures.Count));
        }
    }

    /// <summary>Writes the <see cref="PairFeatures.Count"/> features of one pair, in <see cref="PairFeature"/> order.</summary>
    public static void Extract(PreparedNeed need, PreparedPerson person, Span<float> features)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(person);
        if (features.Length < PairFeatures.Count)
        {
            throw new ArgumentException($"Room for {PairFeatures.Count} features is needed.", nameof(features));
        }

        SkillFeatures(need, person, features);
        features[(int)PairFeature.TextSimilarity] = TextSimilarity(need, person);
        features[(int)PairFeature.RateFit] = RateFit(need, person);
        features[(int)PairFeature.IncomeReach] = IncomeReach(need, person);
        features[(int)PairFeature.DaysFit] = need.DaysPerWeek <= 0 ? 1f : Unit(person.DaysPerWeek / need.DaysPerWeek);
        features[(int)PairFeature.LocationFit] = LocationFit(need, person);
        features[(int)PairFeature.InterestsOverlap] = Share(need.TopicTokens.CountIn(person.InterestTokens), person.InterestTokens.Length);
        features[(int)PairFeature.LearnTeachOverlap] = Share(need.TeachTokens.CountIn(person.LearnTokens), person.LearnTokens.Length);
        features[(int)PairFeature.NeedFreshness] = need.Freshness;
        features[(int)PairFeature.ProfileFreshness] = (float)Decay(need.Now.UtcTicks - person.UpdatedTicks, ProfileHalfLifeDays);
    }

    private static double Days(double daysPerWeek) =>
        double.IsFinite(daysPerWeek) && daysPerWeek > 0 ? Math.Min(daysPerWeek, MaxDaysPerWeek) : 0;

    private static ulong City(string? city) => string.IsNullOrWhiteSpace(city) ? 0 : Cities[city];

    // A country or currency code, compared without regard to case or surrounding space; 0 when missing.
    private static ulong Code(string? code) =>
        string.IsNullOrWhiteSpace(code) ? 0
        : !code.AsSpan().ContainsAnyExceptInRange('A', 'Z') ? KeyHash.Of(code)
        : KeyHash.Of(code.Trim().ToUpperInvariant());

    private static RemotePreference Remote(RemotePreference remote) =>
        Enum.IsDefined(remote) ? remote : RemotePreference.RemoteOk;

    /// <summary>The distinct hashes of the first <see cref="MaxTerms"/> terms, in their order (no sort needed: see <see cref="KeyTable"/>).</summary>
    private static ulong[] TermHashes(IReadOnlyList<string> terms)
    {
        var hashes = new ulong[Math.Min(terms.Count, MaxTerms)];
        Span<ulong> seen = stackalloc ulong[KeyTable.Capacity(MaxTerms)];
        seen.Clear();
        var count = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            // Terms are never null by type; a deserialised projection could still carry one.
            if (terms[i] is { } term)
            {
                var hash = KeyHash.Of(term);
                if (KeyTable.Add(seen, hash))
                {
                    hashes[count++] = hash;
                }
            }
        }

        Array.Resize(ref hashes, count);
        return hashes;
    }
}
