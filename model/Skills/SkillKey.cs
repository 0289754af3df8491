using System.Security.Cryptography;
using System.Text;

namespace Matchmaker.Model.Skills;

/// <summary>
/// A storage-safe key for a normalised skill name. Table keys forbid some characters, so the name is
/// hashed rather than stripped: two different names never collide by losing characters.
/// </summary>
public static class SkillKey
{
    public static string For(string normalizedName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedName)).AsSpan(0, 16));
}
