namespace Matchmaker.Model.Matching;

/// <summary>How well someone knows a skill, or how well a need wants it known. The numbers are used in level fit.</summary>
public enum SkillLevel
{
    Learning = 0,
    Working = 1,
    Advanced = 2,
    Expert = 3,
}
