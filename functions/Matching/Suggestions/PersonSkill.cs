namespace Matchmaker.Matching.Suggestions;

/// <summary>A skill as the person wrote it, with their level.</summary>
public sealed record PersonSkill(string Name, string Level);
