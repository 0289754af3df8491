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
        var held = HighestLevels.Of(person.Skills);
        var asked = HighestLevels.Of(need.RequiredSkills);
        return [.. need.RequiredSkills
            .Select(r => r.Key)
            .Where(key => key is not null)
            .Distinct(StringComparer.Ordinal)
            .Select(key => Match(new LeveledSkill(key, asked[key]), held, taxonomy))];
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
