using System.Security.Cryptography;
using System.Text;

namespace Matchmaker.Email.Keys;

/// <summary>
/// What the app stores about a key instead of the key: HMAC-SHA256 of a fixed label under the key, as 64
/// lower-case hex digits. It tells two keys apart and reveals nothing about either (working back from it
/// is as hard as breaking HMAC-SHA256 with a key of at least 256 bits). An operator can work out a
/// candidate key's fingerprint without the app (docs/operations.md):
/// <c>printf %s 'matchmaker key fingerprint v1' | openssl dgst -sha256 -hmac "$KEY"</c>.
/// </summary>
public static class KeyFingerprint
{
    public const string Label = "matchmaker key fingerprint v1";

    /// <summary>Digits of a fingerprint a log line shows: enough to tell keys apart at a glance.</summary>
    public const int ShortLength = 12;

    public static string Of(ReadOnlySpan<byte> key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Label)));

    public static string Abbreviate(string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        return fingerprint.Length > ShortLength ? fingerprint[..ShortLength] : fingerprint;
    }
}
