namespace Matchmaker.Model.Skills;

/// <summary>A canonical skill of the taxonomy. <see cref="Broader"/> and <see cref="Related"/> hold skill ids.</summary>
public sealed record Skill(
    string Id,
    string Name,
    string Category,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Broader,
    IReadOnlyList<string> Related);
