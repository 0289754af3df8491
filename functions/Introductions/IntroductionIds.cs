using System.Security.Cryptography;
using System.Text;

namespace Matchmaker.Introductions;

/// <summary>
/// An introduction's id follows from its suggestion's, so approving twice (a retried request) can only
/// ever make the same introduction. 128 bits of SHA-256 in hex: a safe table key and URL segment.
/// </summary>
public static class IntroductionIds
{
    public static string Of(string suggestionId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"introduction:{suggestionId}")))[..32];

    public static bool IsValid(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
