using System.Collections.Frozen;

namespace Matchmaker.Model.Matching;

/// <summary>
/// Counts how many people hold each of one need's skill keys (required and nice to have): the document
/// frequencies of <see cref="SkillStatistics.ForNeed"/>, gathered one person at a time, so matching can count a
/// candidate while it has them at hand instead of in a pass of its own, and in one counter per thread
/// (<see cref="Fresh"/>, then <see cref="Add"/>).
/// </summary>
public sealed class NeedSkillCounter
{
    private readonly FrozenDictionary<string, ulong> keys;
    private readonly KeyBuckets lookup;
    private readonly int[] holders;
    private int people;

    public NeedSkillCounter(NeedProjection need)
    {
        ArgumentNullException.ThrowIfNull(need);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var skill in need.RequiredSkills ?? [])
        {
            distinct.Add(skill.Key);
        }

        distinct.UnionWith(need.NiceToHave ?? []);
        // Keys are never null by type; a deserialised projection could still carry one.
        distinct.Remove(null!);
        keys = distinct.ToFrozenDictionary(key => key, key => KeyHash.Of(key), StringComparer.Ordinal);
        lookup = new KeyBuckets([.. keys.Values]);
        holders = new int[lookup.Slots];
    }

    private NeedSkillCounter(NeedSkillCounter other)
    {
        keys = other.keys;
        lookup = other.lookup;
        holders = new int[lookup.Slots];
    }

    /// <summary>An empty counter for the same need, for another thread.</summary>
    public NeedSkillCounter Fresh() => new(this);

    public void Count(PreparedPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        foreach (var skill in person.Skills)
        {
            var slot = lookup.IndexOf(skill);
            if (slot >= 0)
            {
                holders[slot]++;
            }
        }

        people++;
    }

    /// <summary>Adds another counter's people (one made by <see cref="Fresh"/> from this one).</summary>
    public void Add(NeedSkillCounter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.lookup != lookup)
        {
            throw new ArgumentException("The counter counts another need's keys.", nameof(other));
        }

        for (var i = 0; i < holders.Length; i++)
        {
            holders[i] += other.holders[i];
        }

        people += other.people;
    }

    /// <summary>The statistics of the people counted and the need, which is a document holding each of its keys once.</summary>
    public SkillStatistics ToStatistics() =>
        new(people + 1, keys.ToFrozenDictionary(pair => pair.Key, pair => holders[lookup.IndexOf(pair.Value)] + 1, StringComparer.Ordinal));
}
