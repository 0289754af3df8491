namespace Matchmaker.Opportunities;

/// <summary>A skill to learn: its name and key, whether the person asked to learn it, the needs it opens, their average day rate, and the co-ops that can teach it.</summary>
public sealed record SkillAdviceView(string Skill, string Key, bool Wanted, IReadOnlyList<OpenedNeedView> OpensNeeds, double? AverageDayRate, IReadOnlyList<TeacherView> Teachers);
