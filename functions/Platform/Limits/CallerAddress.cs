using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Matchmaker.Platform.Limits;

/// <summary>
/// The address a request came from, as the limits count callers: the connection's address, unless that is a
/// trusted proxy; then the <c>X-Forwarded-For</c> entries are read from the right (the entry the nearest proxy
/// added) past every trusted proxy, and the first other address is the caller. Entries a client wrote itself
/// sit further left and are never reached while a trusted proxy appended the real one.
/// </summary>
public sealed class CallerAddress(IOptions<LimitOptions> options)
{
    private readonly IReadOnlyList<IPNetwork> proxies = TrustedProxyList.Parse(options.Value.TrustedProxies);

    public IPAddress? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = Normal(context.Connection.RemoteIpAddress);
        if (caller is null || !IsTrusted(caller))
        {
            return caller;
        }

        var entries = context.Request.Headers["X-Forwarded-For"].SelectMany(v => (v ?? "").Split(',')).ToList();
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            if (ForwardedEntry.Address(entries[i]) is not { } forwarded)
            {
                // Not an address: nothing to the left of it can be believed either.
                return caller;
            }

            caller = Normal(forwarded)!;
            if (!IsTrusted(caller))
            {
                return caller;
            }
        }

        return caller;
    }

    private bool IsTrusted(IPAddress address) => proxies.Any(p => p.Contains(address));

    private static IPAddress? Normal(IPAddress? address) => address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
}
