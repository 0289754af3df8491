using Matchmaker.Coops;
using Matchmaker.Model.Advice;
using Matchmaker.Model.Skills;

namespace Matchmaker.Opportunities;

/// <summary>
/// Co-ops whose public profile says they teach a skill are its teachers too, even with no open need
/// offering to teach it: they follow the co-ops whose needs offer it, by name, with no need ids.
/// </summary>
public static class ProfileTeachers
{
    public static NewcomerAdvice Add(NewcomerAdvice advice, IEnumerable<CoopEntity> coops)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(coops);
        var teaching = coops
            .Select(c => (Coop: c, Keys: CoopMapper.Teaches(c).Select(s => SkillNormalizer.Default.Resolve(s).Key).ToHashSet(StringComparer.Ordinal)))
            .Where(t => t.Keys.Count > 0)
            .OrderBy(t => t.Coop.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Coop.Id, StringComparer.Ordinal)
            .ToList();
        if (teaching.Count == 0)
        {
            return advice;
        }

        return advice with
        {
            Learning = [.. advice.Learning.Select(skill =>
            {
                var known = skill.Teachers.Select(t => t.CoopId).ToHashSet(StringComparer.Ordinal);
                var more = teaching.Where(t => t.Keys.Contains(skill.Skill) && !known.Contains(t.Coop.Id)).Select(t => new Teacher(t.Coop.Id, []));
                return skill with { Teachers = [.. skill.Teachers, .. more] };
            })],
        };
    }
}
