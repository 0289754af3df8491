using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Matchmaker.Platform.Credentials;

/// <summary>
/// Owner tokens and keys: 256 random bits, shown once, stored only as a SHA-256 hash. A fast hash is
/// enough because the secret is random, not a password: there is nothing to guess from the hash.
/// </summary>
public static class SecretToken
{
    /// <summary>Longer than any token <see cref="Create"/> makes (43 characters): a longer one is unknown without asking storage.</summary>
    public const int MaxLength = 100;

    public static string Create() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string? token, string? storedHash)
    {
        if (token is null || storedHash is not { Length: 64 })
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        return Convert.FromHexString(storedHash, expected, out _, out _) == System.Buffers.OperationStatus.Done
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), expected);
    }
}
