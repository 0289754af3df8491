using System.Collections.Frozen;

namespace Matchmaker.Model.Matching;

/// <summary>
/// Document frequencies of skill keys: each person (their skills) and each need (required and
/// nice-to-have skills) is one document, and a key counts once per document. The inverse document frequency
/// <c>idf(k) = ln((1 + N) / (1 + df(k))) + 1</c> is at least 1 and largest for keys nobody has, so a match
/// on a rare skill weighs more than a match on a common one.
/// </summary>
public sealed class SkillStatistics
{
    private readonly FrozenDictionary<string, int> frequencies;

    internal SkillStatistics(int documents, FrozenDictionary<string, int> frequencies)
    {
        Documents = documents;
        this.frequencies = frequencies;
    }

    /// <summary>No documents: every key has idf 1, so IDF-weighted overlap is plain weighted coverage.</summary>
    public static SkillStatistics Empty { get; } = new(0, FrozenDictionary<string, int>.Empty);

    public int Documents { get; }

    public int DistinctKeys => frequencies.Count;

    public static SkillStatistics Build(IEnumerable<PersonProjection> people, IEnumerable<NeedProjection> needs)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(needs);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = 0;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            keys.Clear();
            foreach (var skill in person.Skills ?? [])
            {
                keys.Add(skill.Key);
            }

            Count(keys, counts);
            documents++;
        }

        foreach (var need in needs)
        {
            keys.Clear();
            foreach (var skill in need.RequiredSkills ?? [])
            {
                keys.Add(skill.Key);
            }

            keys.UnionWith(need.NiceToHave ?? []);

            Count(keys, counts);
            documents++;
        }

        return new SkillStatistics(documents, counts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// The statistics of one need and its candidates, as <see cref="Build"/> would count them, but only for the
    /// need's own keys (the only ones matching that need reads) and from the people's prepared, hashed skills:
    /// each skill looked up once in the need's keys (<see cref="NeedSkillCounter"/>).
    /// </summary>
    public static SkillStatistics ForNeed(NeedProjection need, ReadOnlySpan<PreparedPerson> people)
    {
        var counter = new NeedSkillCounter(need);
        foreach (var person in people)
        {
            counter.Count(person);
        }

        return counter.ToStatistics();
    }

    public int DocumentFrequency(string key) => frequencies.GetValueOrDefault(key);

    public double Idf(string key) =>
        Math.Log((1.0 + Documents) / (1.0 + Math.Min(DocumentFrequency(key), Documents))) + 1.0;

    private static void Count(HashSet<string> keys, Dictionary<string, int> counts)
    {
        foreach (var key in keys)
        {
            // Keys are never null by type, but a deserialised projection could still carry one.
            if (key is not null)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
    }
}
