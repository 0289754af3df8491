namespace Matchmaker.Email.Keys;

/// <summary>
/// An app setting App Service could not resolve. When a Key Vault reference's secret does not exist, or the
/// app's identity may not read it, the platform passes the reference's own text to the app
/// (<c>@Microsoft.KeyVault(SecretUri=...)</c>) instead of failing: used as a key, that text would be a
/// key nobody chose.
/// </summary>
public static class KeyVaultReference
{
    public static bool IsUnresolved(string? value) =>
        value is not null && value.AsSpan().TrimStart().StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);
}
