using System.Runtime.InteropServices;

namespace Matchmaker.Model.Matching;

/// <summary>
/// A person's projection made ready for many pairs: keys hashed and sorted, numbers checked, the minimum day
/// rate worked out once. It depends only on the projection and the taxonomy (not on the need, the statistics
/// or the time), so it can be kept and reused for every need.
/// Made by <see cref="PairFeatureExtractor.Prepare(PersonProjection)"/>.
/// </summary>
/// <remarks>
/// All the hashes (and the skill levels, eight to a word) live in one array, one part after another: a need's
/// candidates are read one after another, and one array per person is a few cache lines read in order, where
/// an array per part was five objects scattered over the heap (docs/benchmarks.md).
/// </remarks>
public sealed class PreparedPerson
{
    private readonly ulong[] words;
    private readonly int interestsAt;
    private readonly int learnAt;
    private readonly int termsAt;
    private readonly int levelsAt;

    internal PreparedPerson(string id, ReadOnlySpan<ulong> skills, ReadOnlySpan<byte> levels, ReadOnlySpan<ulong> interests, ReadOnlySpan<ulong> learn, ReadOnlySpan<ulong> terms)
    {
        if (levels.Length != skills.Length)
        {
            throw new ArgumentException("Every skill needs a level.", nameof(levels));
        }

        Id = id;
        interestsAt = skills.Length;
        learnAt = interestsAt + interests.Length;
        termsAt = learnAt + learn.Length;
        levelsAt = termsAt + terms.Length;
        words = new ulong[levelsAt + ((levels.Length + sizeof(ulong) - 1) / sizeof(ulong))];
        skills.CopyTo(words);
        interests.CopyTo(words.AsSpan(interestsAt));
        learn.CopyTo(words.AsSpan(learnAt));
        terms.CopyTo(words.AsSpan(termsAt));
        levels.CopyTo(MemoryMarshal.AsBytes(words.AsSpan(levelsAt)));
    }

    public string Id { get; }

    /// <summary>Skill key hashes, ascending.</summary>
    internal ReadOnlySpan<ulong> Skills => words.AsSpan(0, interestsAt);

    /// <summary>The level of each skill in <see cref="Skills"/> (the highest given, if a key came twice).</summary>
    internal ReadOnlySpan<byte> SkillLevels => MemoryMarshal.AsBytes(words.AsSpan(levelsAt))[..interestsAt];

    /// <summary>Tokens of the interests, ascending.</summary>
    internal ReadOnlySpan<ulong> InterestTokens => words.AsSpan(interestsAt, learnAt - interestsAt);

    /// <summary>Tokens of the learning wishes, ascending.</summary>
    internal ReadOnlySpan<ulong> LearnTokens => words.AsSpan(learnAt, termsAt - learnAt);

    /// <summary>Distinct term hashes, in the projection's order.</summary>
    internal ReadOnlySpan<ulong> Terms => words.AsSpan(termsAt, levelsAt - termsAt);

    internal double DaysPerWeek { get; init; }

    /// <summary>A positive, finite monthly target, or null.</summary>
    internal double? MonthlyIncomeTarget { get; init; }

    /// <summary>See <see cref="IncomeMath.MinimumDayRate"/>.</summary>
    internal double? MinimumDayRate { get; init; }

    /// <summary>The target currency's code hashed; 0 when not named.</summary>
    internal ulong Currency { get; init; }

    internal ulong City { get; init; }

    internal ulong Country { get; init; }

    internal RemotePreference Remote { get; init; }

    /// <summary>When the projection was last changed (UTC ticks): tells a kept preparation from a newer version.</summary>
    public long UpdatedTicks { get; internal init; }
}
