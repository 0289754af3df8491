using System.Net;

namespace Matchmaker.Platform.Limits;

/// <summary>Reads <see cref="LimitOptions.TrustedProxies"/>: addresses and CIDR networks, comma-separated.</summary>
public static class TrustedProxyList
{
    public static IReadOnlyList<IPNetwork> Parse(string? setting) =>
        [.. (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(One)];

    private static IPNetwork One(string entry)
    {
        if (IPNetwork.TryParse(entry, out var network))
        {
            return network;
        }

        if (IPAddress.TryParse(entry, out var address))
        {
            return new IPNetwork(address, address.GetAddressBytes().Length * 8);
        }

        throw new FormatException($"{LimitOptions.SectionName}:{nameof(LimitOptions.TrustedProxies)} holds '{entry}', which is neither an address nor a network such as 10.0.0.0/8.");
    }
}
