using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Matching;

/// <summary>
/// The keys projections hold for skills, interests and wishes: a canonical taxonomy id (<c>javascript</c>),
/// or, for a name the taxonomy does not know, <c>text:</c> followed by the name in <see cref="SkillText"/>
/// form, so unknown skills are kept and still match each other exactly.
/// </summary>
public static class MatchKey
{
    public const string FreeTextPrefix = "text:";

    /// <summary>The key of a name the taxonomy does not know.</summary>
    public static string FreeText(string name) => FreeTextPrefix + SkillText.Normalize(name);

    public static bool IsFreeText(string key) => key.StartsWith(FreeTextPrefix, StringComparison.Ordinal);
}
