namespace Matchmaker.Platform.Common;

/// <summary>
/// A skill as stored: the words the person wrote, the canonical taxonomy skill they resolved to (null
/// when unknown or ambiguous), the key matching compares (<see cref="Model.Skills.ResolvedSkill.Key"/>),
/// and the level.
/// </summary>
public sealed record StoredSkill(string Name, string? SkillId, string Key, string Level);
