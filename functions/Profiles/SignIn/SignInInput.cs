namespace Matchmaker.Profiles.SignIn;

/// <summary>The body of POST /api/sign-in: the address to send a sign-in link to.</summary>
public sealed record SignInInput(string? Email);
