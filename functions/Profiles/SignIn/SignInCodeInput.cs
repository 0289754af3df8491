namespace Matchmaker.Profiles.SignIn;

/// <summary>The body of POST /api/profiles/{id}/sign-in: the code from the sign-in link.</summary>
public sealed record SignInCodeInput(string? Code);
