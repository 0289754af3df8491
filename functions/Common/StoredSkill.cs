namespace Matchmaker.Common;

/// <summary>A skill as stored: the words the person wrote, their normalised form, and the level.</summary>
public sealed record StoredSkill(string Name, string Normalized, string Level);
