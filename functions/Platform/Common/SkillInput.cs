namespace Matchmaker.Platform.Common;

public sealed record SkillInput(string? Name, string? Level);
