namespace Matchmaker.Profiles.SignIn;

/// <summary>The answer to POST /api/profiles/{id}/sign-out-others: how many other owner tokens stopped working.</summary>
public sealed record SignedOutOthers(int SignedOut);
