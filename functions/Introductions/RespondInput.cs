namespace Matchmaker.Introductions;

public sealed record RespondInput(string? Token, string? Answer);
