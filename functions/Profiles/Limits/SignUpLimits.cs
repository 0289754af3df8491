using System.Net;
using Matchmaker.Email.Unsubscribe;
using Microsoft.Extensions.Options;

namespace Matchmaker.Profiles.Limits;

/// <summary>
/// How often sign-ups may be made: per caller, and per address for the confirmation email each sends. Counted
/// before anything is stored or looked up, so a refusal says nothing about whether the address is known.
/// Addresses and client addresses are counted under their keyed hashes (the suppression list's key).
/// </summary>
public sealed class SignUpLimits(HourlyCounter counter, AddressHasher hasher, IOptions<LimitOptions> options)
{
    /// <returns>null when allowed; otherwise how long until the caller may try again.</returns>
    public async Task<TimeSpan?> TryTakeAsync(string address, IPAddress? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var limits = options.Value;
        var callerKey = "signup-" + await hasher.HashAsync("caller:" + (caller?.ToString() ?? "unknown"), cancellationToken);
        if (await counter.TryTakeAsync(callerKey, limits.SignUpsPerCallerPerHour, cancellationToken) is { } callerWait)
        {
            return callerWait;
        }

        var addressKey = "confirm-" + await hasher.HashAsync(address, cancellationToken);
        return await counter.TryTakeAsync(addressKey, limits.EmailsPerAddressPerHour, cancellationToken);
    }
}
