using System.Text;
using Matchmaker.Email.Keys;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>Reads the suppression key as configured (a setting, or a Key Vault reference the platform resolved).</summary>
public static class ConfiguredSuppressionKey
{
    /// <summary>A configured key's bytes: its UTF-8 bytes, or after <see cref="SuppressionKey.Base64Prefix"/> the bytes it encodes.</summary>
    public static (byte[]? Key, SuppressionKeyProblem Problem) Parse(string? configured)
    {
        if (string.IsNullOrEmpty(configured))
        {
            return (null, SuppressionKeyProblem.NotSet);
        }

        if (KeyVaultReference.IsUnresolved(configured))
        {
            return (null, SuppressionKeyProblem.Unresolved);
        }

        if (configured.StartsWith(SuppressionKey.Base64Prefix, StringComparison.Ordinal))
        {
            var text = configured[SuppressionKey.Base64Prefix.Length..].Trim();
            var bytes = new byte[text.Length];
            return Convert.TryFromBase64String(text, bytes, out var length) && length >= EmailOptions.MinimumSuppressionKeyLength
                ? (bytes[..length], SuppressionKeyProblem.None)
                : (null, SuppressionKeyProblem.Invalid);
        }

        return configured.Length >= EmailOptions.MinimumSuppressionKeyLength
            ? (Encoding.UTF8.GetBytes(configured), SuppressionKeyProblem.None)
            : (null, SuppressionKeyProblem.Invalid);
    }
}
