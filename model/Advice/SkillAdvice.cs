namespace Matchmaker.Model.Advice;

/// <summary>A skill worth learning: the needs it would open, their average day rate, and who can teach it.</summary>
/// <param name="Skill">The skill's key (a taxonomy id, or <c>text:</c> and the words).</param>
/// <param name="Name">The taxonomy name, or the words as written.</param>
/// <param name="Wanted">The person said they want to learn it.</param>
/// <param name="AverageDayRate">The mean middle day rate of the paid needs it opens; null when it opens only unpaid ones.</param>
/// <param name="Weight">Sum over the needs it opens of fit x monthly pay, halved when another skill is missing too: what ranks it.</param>
public sealed record SkillAdvice(string Skill, string Name, bool Wanted, IReadOnlyList<OpenedNeed> OpensNeeds, double? AverageDayRate, IReadOnlyList<Teacher> Teachers, double Weight);
