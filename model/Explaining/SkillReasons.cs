using Matchmaker.Model.Matching;

namespace Matchmaker.Model.Explaining;

/// <summary>Reasons about skills: required coverage (exact and through neighbours), levels, nice-to-haves, rare skills.</summary>
internal static class SkillReasons
{
    /// <summary>A skill is called rare when at most this share of people and needs have it.</summary>
    public const double RareShare = 0.05;

    public static string? RequiredExact(PairFacts facts)
    {
        var held = facts.RequiredKeys.Where(facts.Held.ContainsKey).Select(facts.Name).ToList();
        var asked = facts.RequiredKeys.Count;
        return held.Count == 0 ? null
            : asked == 1 ? $"has the required skill: {held[0]}"
            : held.Count == asked ? $"has all {asked} required skills: {Wording.List(held)}"
            : $"has {held.Count} of {asked} required skills: {Wording.List(held)}";
    }

    public static string? RequiredRelated(PairFacts facts)
    {
        var close = new List<(string Known, string Required)>();
        foreach (var key in facts.RequiredKeys.Where(k => !facts.Held.ContainsKey(k)))
        {
            var neighbours = facts.Taxonomy.Neighbours(key);
            // A neighbour that is not itself required says more (TypeScript for React rather than the required JavaScript).
            var known = facts.Held.Keys.Where(neighbours.Contains)
                .OrderBy(k => facts.Required.ContainsKey(k))
                .ThenBy(k => k, StringComparer.Ordinal)
                .FirstOrDefault();
            if (known is not null)
            {
                close.Add((facts.Name(known), facts.Name(key)));
            }
        }

        return close.Count switch
        {
            0 => null,
            1 => $"knows {close[0].Known}, close to the required {close[0].Required}",
            _ => "knows " + Wording.List([.. close.Select(c => $"{c.Known} (close to the required {c.Required})")]),
        };
    }

    public static string? LevelFit(PairFacts facts)
    {
        var met = facts.RequiredKeys.Where(k => facts.Held.TryGetValue(k, out var level) && level >= facts.Required[k]).Select(facts.Name).ToList();
        return met.Count == 0 ? null : $"meets the level asked in {Wording.List(met)}";
    }

    public static string? NiceToHave(PairFacts facts)
    {
        var held = facts.NiceToHave.Where(facts.Held.ContainsKey).Select(facts.Name).ToList();
        return held.Count == 0 ? null
            : held.Count == 1 ? $"also has a nice-to-have skill: {held[0]}"
            : $"also has nice-to-have skills: {Wording.List(held)}";
    }

    public static string? RareSkills(PairFacts facts, SkillStatistics statistics)
    {
        if (statistics.Documents == 0)
        {
            return null;
        }

        var rare = facts.RequiredKeys.Concat(facts.NiceToHave).Distinct(StringComparer.Ordinal)
            .Where(k => facts.Held.ContainsKey(k) && statistics.DocumentFrequency(k) <= RareShare * statistics.Documents)
            .Select(facts.Name)
            .ToList();
        return rare.Count == 0 ? null
            : rare.Count == 1 ? $"shares a rare skill: {rare[0]}"
            : $"shares rare skills: {Wording.List(rare)}";
    }
}
