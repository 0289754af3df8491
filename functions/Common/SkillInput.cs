namespace Matchmaker.Common;

public sealed record SkillInput(string? Name, string? Level);
