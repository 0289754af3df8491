namespace Matchmaker.Profiles.SignIn;

/// <summary>The answer to POST /api/profiles/{id}/sign-in: a new owner token, shown this once.</summary>
public sealed record SignedIn(string OwnerToken);
