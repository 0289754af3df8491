namespace Matchmaker.Model.Skills;

/// <summary>Canonical skills whose name or an alias matches what someone is typing, best first.</summary>
public sealed class SkillSearch(Taxonomy taxonomy)
{
    private readonly (Skill Skill, string[] Keys)[] entries =
        [.. taxonomy.Skills.Select(s => (s, s.Aliases.Prepend(s.Name).Select(SkillNormalizer.LookupKey).Where(k => k.Length > 0).ToArray()))];

    public static SkillSearch Default { get; } = new(Taxonomy.Default);

    public IReadOnlyList<Skill> Find(string? search, int limit)
    {
        var key = string.IsNullOrWhiteSpace(search) ? "" : SkillNormalizer.LookupKey(search);
        return [.. entries
            .Select(entry => (entry.Skill, Rank: Rank(entry.Keys, key)))
            .Where(match => match.Rank < int.MaxValue)
            .OrderBy(match => match.Rank)
            .ThenBy(match => match.Skill.Name, StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .Select(match => match.Skill)];
    }

    // 0: the name itself, 1: an alias, 2: the name starts with it, 3: an alias does, 4: contains it.
    private static int Rank(string[] keys, string key)
    {
        if (key.Length == 0)
        {
            return 5;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == key)
            {
                return i == 0 ? 0 : 1;
            }
        }

        if (keys[0].StartsWith(key, StringComparison.Ordinal))
        {
            return 2;
        }

        return keys.Any(k => k.StartsWith(key, StringComparison.Ordinal)) ? 3
            : keys.Any(k => k.Contains(key, StringComparison.Ordinal)) ? 4
            : int.MaxValue;
    }
}
