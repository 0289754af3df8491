namespace Matchmaker.Model.Advice;

/// <summary>The advice for one person: an income portfolio and what to learn.</summary>
public sealed record NewcomerAdvice(Portfolio Portfolio, IReadOnlyList<SkillAdvice> Learning);
