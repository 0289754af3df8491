namespace Matchmaker.Model.Matching;

/// <summary>
/// A person's projection made ready for many pairs: keys hashed and sorted, numbers checked, the minimum day
/// rate worked out once. It depends only on the projection and the taxonomy (not on the need, the statistics
/// or the time), so it can be kept and reused for every need.
/// Made by <see cref="PairFeatureExtractor.Prepare(PersonProjection)"/>.
/// </summary>
public sealed class PreparedPerson
{
    internal PreparedPerson(string id)
    {
        Id = id;
    }

    public string Id { get; }

    /// <summary>Skill key hashes, ascending.</summary>
    internal ulong[] Skills { get; init; } = [];

    /// <summary>The level of each skill in <see cref="Skills"/> (the highest given, if a key came twice).</summary>
    internal byte[] SkillLevels { get; init; } = [];

    internal ulong[] InterestTokens { get; init; } = [];

    internal ulong[] LearnTokens { get; init; } = [];

    /// <summary>Distinct term hashes, in the projection's order.</summary>
    internal ulong[] Terms { get; init; } = [];

    internal double DaysPerWeek { get; init; }

    /// <summary>A positive, finite monthly target, or null.</summary>
    internal double? MonthlyIncomeTarget { get; init; }

    /// <summary>See <see cref="IncomeMath.MinimumDayRate"/>.</summary>
    internal double? MinimumDayRate { get; init; }

    internal ulong City { get; init; }

    internal ulong Country { get; init; }

    internal RemotePreference Remote { get; init; }

    internal long UpdatedTicks { get; init; }
}
