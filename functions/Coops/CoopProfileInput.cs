namespace Matchmaker.Coops;

/// <summary>The body of PUT /api/coops/me: the co-op's public profile. The contact email is the coordinators' to change.</summary>
public sealed record CoopProfileInput(string? Name, string? City, string? Country, string? About, IReadOnlyList<string?>? Teaches);
