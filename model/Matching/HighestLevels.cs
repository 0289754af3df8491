using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Matching;

/// <summary>
/// Skills by key at the highest level listed, as features, reasons and advice all read a list that may name
/// a skill twice: levels outside the scale are clamped to it, and a skill without a key is skipped.
/// </summary>
public static class HighestLevels
{
    public static Dictionary<string, SkillLevel> Of(IEnumerable<LeveledSkill>? skills)
    {
        var levels = new Dictionary<string, SkillLevel>(StringComparer.Ordinal);
        foreach (var skill in skills ?? [])
        {
            var level = (SkillLevel)Math.Clamp((int)skill.Level, (int)SkillLevel.Learning, (int)SkillLevel.Expert);
            if (skill.Key is not null && (!levels.TryGetValue(skill.Key, out var known) || level > known))
            {
                levels[skill.Key] = level;
            }
        }

        return levels;
    }
}
