namespace Matchmaker.Model.Matching;

/// <summary>
/// A need's projection made ready to be paired with many people: keys hashed and sorted, each required
/// skill's taxonomy neighbours and IDF weight looked up once, pay and freshness at the reference time worked
/// out once. Made by <see cref="PairFeatureExtractor.Prepare(NeedProjection, DateTimeOffset)"/>.
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

    internal ulong[] Required { get; init; } = [];

    internal byte[] RequiredLevels { get; init; } = [];

    internal ulong[][] RequiredNeighbours { get; init; } = [];

    internal ulong[] NiceToHave { get; init; } = [];

    internal ulong[] WeightedKeys { get; init; } = [];

    internal double[] Weights { get; init; } = [];

    internal double TotalWeight { get; init; }

    internal ulong[] TopicTokens { get; init; } = [];

    internal ulong[] TeachTokens { get; init; } = [];

    /// <summary>The need's distinct term hashes as a <see cref="KeyTable"/>.</summary>
    internal ulong[] TermTable { get; init; } = KeyTable.Build([]);

    internal int TermCount { get; init; }

    /// <summary>The highest rate offered; 0 when unpaid.</summary>
    internal double MaxDayRate { get; init; }

    /// <summary>The middle of the offered range; 0 when unpaid.</summary>
    internal double MidDayRate { get; init; }

    internal double DaysPerWeek { get; init; }

    internal ulong City { get; init; }

    internal ulong Country { get; init; }

    internal RemotePreference Remote { get; init; }

    internal float Freshness { get; init; }
}
