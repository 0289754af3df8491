namespace Matchmaker.Model.Matching;

/// <summary>
/// A need's projection made ready to be paired with many people: its skills, their taxonomy neighbours and
/// IDF weights gathered into one look-up (<see cref="SkillKeys"/> and <see cref="SkillRoles"/>), its tokens
/// and terms in <see cref="KeyBuckets"/>, pay and freshness at the reference time worked out once. Made by
/// <see cref="PairFeatureExtractor.Prepare(NeedProjection, DateTimeOffset)"/>.
/// </summary>
public sealed class PreparedNeed
{
    internal PreparedNeed(string id)
    {
        Id = id;
    }

    public string Id { get; }

    /// <summary>The reference time the need was prepared for; profile freshness is measured from it.</summary>
    public DateTimeOffset Now { get; internal init; }

    /// <summary>Distinct required skills (at most <see cref="PairFeatureExtractor.MaxRequiredSkills"/>).</summary>
    internal int RequiredCount { get; init; }

    internal int NiceToHaveCount { get; init; }

    /// <summary>Every key that means something to a skill feature: required, a required skill's neighbour, nice to have.</summary>
    internal KeyBuckets SkillKeys { get; init; } = KeyBuckets.Empty;

    /// <summary>What each key of <see cref="SkillKeys"/> means, by its slot.</summary>
    internal SkillRole[] SkillRoles { get; init; } = new SkillRole[KeyBuckets.Empty.Slots];

    internal double TotalWeight { get; init; }

    internal KeyBuckets TopicTokens { get; init; } = KeyBuckets.Empty;

    internal KeyBuckets TeachTokens { get; init; } = KeyBuckets.Empty;

    /// <summary>The need's distinct term hashes.</summary>
    internal KeyBuckets Terms { get; init; } = KeyBuckets.Empty;

    /// <summary>The highest rate offered; 0 when unpaid.</summary>
    internal double MaxDayRate { get; init; }

    /// <summary>The middle of the offered range; 0 when unpaid.</summary>
    internal double MidDayRate { get; init; }

    internal double DaysPerWeek { get; init; }

    /// <summary>The pay currency's code hashed; 0 when not named.</summary>
    internal ulong Currency { get; init; }

    internal ulong City { get; init; }

    internal ulong Country { get; init; }

    internal RemotePreference Remote { get; init; }

    internal float Freshness { get; init; }
}
