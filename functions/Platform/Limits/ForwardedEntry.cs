using System.Net;

namespace Matchmaker.Platform.Limits;

/// <summary>One entry of an <c>X-Forwarded-For</c> header: an address, which some proxies (Azure's among them) write with a port.</summary>
public static class ForwardedEntry
{
    /// <returns>The entry's address, or null when it is not one (such as "unknown" or an obfuscated name).</returns>
    public static IPAddress? Address(string entry)
    {
        var text = (entry ?? "").Trim();
        if (IPAddress.TryParse(text, out var plain))
        {
            return plain;
        }

        // "[2001:db8::1]:443" or "203.0.113.7:51234": IPEndPoint reads both forms with their port.
        return IPEndPoint.TryParse(text, out var endpoint) ? endpoint.Address : null;
    }
}
