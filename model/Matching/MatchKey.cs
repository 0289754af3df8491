using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Matching;

/// <summary>
/// The keys projections hold for skills, interests and wishes: <see cref="ResolvedSkill.Key"/> as
/// <see cref="SkillNormalizer"/> gives it, that is a canonical taxonomy id (<c>javascript</c>), or, for a name
/// the taxonomy does not know (or an ambiguous word without cues), <c>text:</c> followed by the name in
/// <see cref="SkillText"/> form, so unknown skills are kept and still match each other exactly.
/// </summary>
public static class MatchKey
{
    public const string FreeTextPrefix = ResolvedSkill.TextPrefix;

    /// <summary>The key of a name the taxonomy does not know, in the form <see cref="SkillNormalizer"/> gives it.</summary>
    public static string FreeText(string name) => FreeTextPrefix + SkillText.Normalize(name);

    public static bool IsFreeText(string key) => key.StartsWith(FreeTextPrefix, StringComparison.Ordinal);
}
