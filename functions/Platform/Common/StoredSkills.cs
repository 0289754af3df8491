using Matchmaker.Model.Skills;

namespace Matchmaker.Platform.Common;

public static class StoredSkills
{
    /// <summary>Resolves a body's skills together against the taxonomy; <paramref name="context"/> (bio, description) helps with ambiguous words.</summary>
    public static IReadOnlyList<StoredSkill> From(IEnumerable<SkillInput?> skills, string? context)
    {
        var inputs = skills.Select(s => s!).ToList();
        var resolved = SkillNormalizer.Default.ResolveAll(inputs.Select(s => s.Name!), context);
        return [.. inputs.Zip(resolved, (input, skill) => new StoredSkill(input.Name!, skill.SkillId, skill.Key, input.Level ?? "working"))];
    }
}
