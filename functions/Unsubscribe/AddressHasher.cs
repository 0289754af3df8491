using System.Security.Cryptography;
using System.Text;

namespace Matchmaker.Unsubscribe;

/// <summary>
/// The keyed hash (HMAC-SHA256) by which an address is stored where only its identity matters: the
/// suppression list, unsubscribe links and email events never hold the address itself.
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

    // Mailbox local parts are case-sensitive in theory but not at any real provider, and a suppression
    // that missed "Sam@Example.org" because "sam@example.org" unsubscribed would email someone who said no.
    public static string Normalize(string address) => address.Trim().ToLowerInvariant();
}
