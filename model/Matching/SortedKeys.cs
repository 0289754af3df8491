namespace Matchmaker.Model.Matching;

/// <summary>Ascending, duplicate-free arrays of <see cref="KeyHash"/> values, as prepared sides keep their keys.</summary>
public static class SortedKeys
{
    /// <summary>The distinct hashes of the keys, ascending.</summary>
    public static ulong[] From(IEnumerable<string> keys) => From(keys, int.MaxValue);

    /// <summary>The distinct hashes of the first <paramref name="max"/> keys, ascending.</summary>
    public static ulong[] From(IEnumerable<string> keys, int max)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var hashes = new List<ulong>();
        foreach (var key in keys)
        {
            if (hashes.Count >= max)
            {
                break;
            }

            // Keys are never null by type; a deserialised projection could still carry one.
            if (key is not null)
            {
                hashes.Add(KeyHash.Of(key));
            }
        }

        return SortUnique([.. hashes]);
    }

    /// <summary>Distinct skill keys, ascending, each with the highest level given for it; levels are clamped to the enum.</summary>
    public static (ulong[] Keys, byte[] Levels) Leveled(IReadOnlyList<LeveledSkill> skills)
    {
        ArgumentNullException.ThrowIfNull(skills);
        var keys = new ulong[skills.Count];
        var levels = new byte[skills.Count];
        var count = 0;
        for (var i = 0; i < skills.Count; i++)
        {
            var skill = skills[i];
            if (skill.Key is not null)
            {
                keys[count] = KeyHash.Of(skill.Key);
                levels[count] = (byte)Math.Clamp((int)skill.Level, (int)SkillLevel.Learning, (int)SkillLevel.Expert);
                count++;
            }
        }

        Array.Sort(keys, levels, 0, count);
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            if (distinct > 0 && keys[distinct - 1] == keys[i])
            {
                levels[distinct - 1] = Math.Max(levels[distinct - 1], levels[i]);
            }
            else
            {
                keys[distinct] = keys[i];
                levels[distinct] = levels[i];
                distinct++;
            }
        }

        Array.Resize(ref keys, distinct);
        Array.Resize(ref levels, distinct);
        return (keys, levels);
    }

    /// <summary>Sorts the array and drops duplicates; returns it, or a shorter copy when there were duplicates.</summary>
    public static ulong[] SortUnique(ulong[] hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        Array.Sort(hashes);
        var distinct = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (distinct == 0 || hashes[distinct - 1] != hashes[i])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        Array.Resize(ref hashes, distinct);
        return hashes;
    }
}
