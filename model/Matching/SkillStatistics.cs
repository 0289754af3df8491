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

    private SkillStatistics(int documents, FrozenDictionary<string, int> frequencies)
    {
        Documents = documents;
        this.frequencies = frequencies;
    }

    /// <summary>No documents: every key has idf 1, so IDF-weighted overlap is plain weighted coverage.</summary>
    public static SkillStatistics Empty { get; } = new(0, FrozenDictionary<string, int>.Empty);

    public int Documents { get; }

    public int DistinctKeys => frequencies.Count;

    /// <param name="onlyKeys">
    /// When given, only these keys are counted (documents still all count): matching one need reads the
    /// frequencies of that need's keys only, and counting nothing else costs a fraction of counting all.
    /// </param>
    public static SkillStatistics Build(IEnumerable<PersonProjection> people, IEnumerable<NeedProjection> needs, IReadOnlySet<string>? onlyKeys = null)
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
                if (onlyKeys is null || (skill.Key is not null && onlyKeys.Contains(skill.Key)))
                {
                    keys.Add(skill.Key!);
                }
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
            if (onlyKeys is not null)
            {
                keys.IntersectWith(onlyKeys);
            }

            Count(keys, counts);
            documents++;
        }

        return new SkillStatistics(documents, counts.ToFrozenDictionary(StringComparer.Ordinal));
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
