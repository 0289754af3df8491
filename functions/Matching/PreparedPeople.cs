using System.Collections.Concurrent;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Matching;

/// <summary>
/// Prepared people (hashed, sorted keys) kept between matching runs: preparing costs several times the pair
/// features themselves (docs/benchmarks.md), and depends only on the projection and the taxonomy, so a
/// person who is a candidate for many needs is prepared once per version of their profile.
/// </summary>
public sealed class PreparedPeople(Taxonomy taxonomy)
{
    /// <summary>Past this many entries the cache starts again, which bounds its memory to a few tens of MB.</summary>
    public const int Limit = 20_000;

    private readonly PairFeatureExtractor preparer = new(taxonomy, SkillStatistics.Empty);

    // By id alone, holding the version last prepared: a profile's new version replaces its old one.
    private ConcurrentDictionary<string, PreparedPerson> entries = new(StringComparer.Ordinal);

    // Counted here because ConcurrentDictionary.Count takes every lock, which threads preparing thousands
    // of candidates at once would queue on. Approximate when a reset races an add, which only moves the reset.
    private int count;

    public PreparedPerson Prepare(PersonProjection person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (entries.TryGetValue(person.Id, out var prepared) && prepared.UpdatedTicks == person.UpdatedAt.UtcTicks)
        {
            return prepared;
        }

        prepared = preparer.Prepare(person);
        if (Volatile.Read(ref count) >= Limit)
        {
            entries = new(StringComparer.Ordinal);
            Volatile.Write(ref count, 0);
        }

        if (entries.TryAdd(person.Id, prepared))
        {
            Interlocked.Increment(ref count);
        }
        else
        {
            entries[person.Id] = prepared;
        }

        return prepared;
    }
}
