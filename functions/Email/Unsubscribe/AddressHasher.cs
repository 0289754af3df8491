using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>
/// The keyed hash (HMAC-SHA256) by which an address is stored where only its identity matters: the
/// suppression list, unsubscribe links and email events never hold the address itself. The same key also
/// derives each address's unsubscribe token, which nobody without the key can work out from the address.
/// </summary>
public sealed class AddressHasher(SuppressionKey key)
{
    /// <summary>64 lower-case hex digits; the same for any spelling that differs only in case or surrounding spaces.</summary>
    public async Task<string> HashAsync(string address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var secret = await key.GetAsync(cancellationToken);
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(Normalize(address))));
    }

    /// <summary>The secret of the address's unsubscribe link: 256 bits, URL-safe, the same for every email to it.</summary>
    public async Task<string> UnsubscribeTokenAsync(string address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var secret = await key.GetAsync(cancellationToken);
        // A key of its own, derived from the suppression key (HKDF), so a token is never an address hash stored beside it.
        var linkKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, salt: null, info: Encoding.UTF8.GetBytes("matchmaker unsubscribe links"));
        return WebEncoders.Base64UrlEncode(HMACSHA256.HashData(linkKey, Encoding.UTF8.GetBytes(Normalize(address))));
    }

    // Mailbox local parts are case-sensitive in theory but not at any real provider, and a suppression
    // that missed "Sam@Example.org" because "sam@example.org" unsubscribed would email someone who said no.
    public static string Normalize(string address) => address.Trim().ToLowerInvariant();
}
