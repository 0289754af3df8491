namespace Matchmaker.Platform.Credentials;

public static class CredentialKind
{
    public const string Owner = "owner";
    public const string Coop = "coop";

    /// <summary>A code in a confirmation email: confirms the address it was sent to, for seven days.</summary>
    public const string Confirmation = "confirmation";

    /// <summary>A code in a sign-in email: exchanged once for an owner token, within the hour.</summary>
    public const string SignIn = "sign-in";

    /// <summary>The kinds a person's profile is the subject of: exported and erased with it.</summary>
    public static IReadOnlySet<string> OfPeople { get; } = new HashSet<string>(StringComparer.Ordinal) { Owner, Confirmation, SignIn };
}
