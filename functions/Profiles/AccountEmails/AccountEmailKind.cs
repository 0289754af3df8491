namespace Matchmaker.Profiles.AccountEmails;

/// <summary>The two emails about a person's own account, each with a code that opens their page.</summary>
public static class AccountEmailKind
{
    /// <summary>Confirms the address a profile waits on; sent on sign-up, on an address change and on request.</summary>
    public const string Confirmation = "confirmation";

    /// <summary>Signs an active profile's owner in again; sent only on request.</summary>
    public const string SignIn = "sign-in";

    public static bool IsKnown(string? kind) => kind is Confirmation or SignIn;
}
