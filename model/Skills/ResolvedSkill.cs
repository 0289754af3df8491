namespace Matchmaker.Model.Skills;

/// <summary>
/// A skill as someone wrote it and as the taxonomy understood it. <see cref="Key"/> is what matching
/// compares: the canonical skill id, or for words the taxonomy does not know (or cannot tell without
/// context) <c>text:</c> and the normalised words, so nothing is ever dropped.
/// </summary>
public sealed record ResolvedSkill(string Raw, string Key, string? SkillId, bool IsAmbiguous)
{
    public const string TextPrefix = "text:";
}
