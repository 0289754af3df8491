namespace Matchmaker.Model.Advice;

/// <summary>A co-op whose open needs say it can teach a skill, and those needs.</summary>
public sealed record Teacher(string CoopId, IReadOnlyList<string> NeedIds);
