namespace Matchmaker.Profiles;

/// <summary>
/// The answer to POST /api/profiles/{id}/confirm. <paramref name="OwnerToken"/> is a new owner token on the
/// confirmation that activated the profile, shown this once; null when it was confirmed already.
/// </summary>
public sealed record ConfirmResult(string Status, string? OwnerToken);
