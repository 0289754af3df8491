namespace Matchmaker.Profiles;

/// <summary>The body of POST /api/profiles/{id}/confirm: the code from the confirmation email.</summary>
public sealed record ConfirmInput(string? Code);
