namespace Matchmaker.Model.Matching;

/// <summary>A skill key (see <see cref="MatchKey"/>) with the level someone has it at, or the level a need asks for.</summary>
public readonly record struct LeveledSkill(string Key, SkillLevel Level);
