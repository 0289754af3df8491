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
    private ConcurrentDictionary<(string Id, long UpdatedTicks), PreparedPerson> entries = new();

    public PreparedPerson Prepare(PersonProjection person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var key = (person.Id, person.UpdatedAt.UtcTicks);
        if (entries.TryGetValue(key, out var prepared))
        {
            return prepared;
        }

        prepared = preparer.Prepare(person);
        if (entries.Count >= Limit)
        {
            entries = new();
        }

        entries.TryAdd(key, prepared);
        return prepared;
    }
}
