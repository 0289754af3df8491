namespace Matchmaker.Coops;

/// <summary>The body of POST /api/coops.</summary>
public sealed record CoopInput(string? Name, string? ContactEmail, string? City, string? Country);
