namespace Matchmaker.Profiles.SignIn;

/// <summary>The answer to POST /api/sign-in: empty, and the same whether or not the address is known.</summary>
public sealed record SignInRequested;
