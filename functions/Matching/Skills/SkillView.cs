namespace Matchmaker.Matching.Skills;

public sealed record SkillView(string Id, string Name, IReadOnlyList<string> Aliases, string Category);
