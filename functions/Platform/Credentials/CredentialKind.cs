namespace Matchmaker.Platform.Credentials;

public static class CredentialKind
{
    public const string Owner = "owner";
    public const string Coop = "coop";
}
