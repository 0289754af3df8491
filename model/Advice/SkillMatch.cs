using Matchmaker.Model.Matching;

namespace Matchmaker.Model.Advice;

/// <summary>A required skill and how the person holds it: the key and level they hold it through, or neither when it is missing.</summary>
public sealed record SkillMatch(LeveledSkill Required, string? HeldKey, SkillLevel? HeldLevel)
{
    public bool Missing => HeldKey is null;

    public bool ThroughNeighbour => HeldKey is not null && HeldKey != Required.Key;
}
