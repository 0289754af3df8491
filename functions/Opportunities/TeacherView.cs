namespace Matchmaker.Opportunities;

/// <summary>A co-op that can teach a skill: its id and name, and its needs that offer the teaching.</summary>
public sealed record TeacherView(string CoopId, string CoopName, IReadOnlyList<string> NeedIds);
