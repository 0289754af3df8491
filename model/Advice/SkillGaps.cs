using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Advice;

/// <summary>
/// Whether the person holds each skill a need requires: the skill itself at the level asked or above, or a
/// taxonomy neighbour (broader, narrower, related) one level above the one asked (expert for expert), since
/// knowing a close skill well is the experience that carries over. Anything else is missing.
/// </summary>
public static class SkillGaps
{
    public static IReadOnlyList<SkillMatch> Check(PersonProjection person, NeedProjection need, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var held = new Dictionary<string, SkillLevel>(StringComparer.Ordinal);
        foreach (var skill in person.Skills)
        {
            held[skill.Key] = held.TryGetValue(skill.Key, out var level) && level > skill.Level ? level : skill.Level;
        }

        return [.. need.RequiredSkills
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => new LeveledSkill(g.Key, g.Max(r => r.Level)))
            .Select(required => Match(required, held, taxonomy))];
    }

    private static SkillMatch Match(LeveledSkill required, Dictionary<string, SkillLevel> held, Taxonomy taxonomy)
    {
        if (held.TryGetValue(required.Key, out var own) && own >= required.Level)
        {
            return new SkillMatch(required, required.Key, own);
        }

        var enough = (SkillLevel)Math.Min((int)required.Level + 1, (int)SkillLevel.Expert);
        var neighbour = taxonomy.Neighbours(required.Key)
            .Where(n => held.TryGetValue(n, out var level) && level >= enough)
            .OrderByDescending(n => held[n])
            .ThenBy(n => n, StringComparer.Ordinal)
            .FirstOrDefault();
        return neighbour is null ? new SkillMatch(required, null, null) : new SkillMatch(required, neighbour, held[neighbour]);
    }
}
