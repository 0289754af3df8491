using System.Net;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Limits;
using Microsoft.Extensions.Options;

namespace Matchmaker.Profiles.Limits;

/// <summary>
/// How often a confirmation or sign-in email may be asked for: per caller (sign-ups and sign-in requests
/// together) and per address (its confirmation and sign-in emails together), per clock hour, counted in the
/// shared <c>limits</c> table. Counted before anything is stored or looked up, so a refusal says nothing about
/// whether the address is known. Addresses and client addresses are counted under their keyed hashes (the
/// suppression list's key).
/// </summary>
public sealed class EmailRequestLimits(LimitCounter counter, AddressHasher hasher, IOptions<LimitOptions> options)
{
    /// <returns>null when allowed; otherwise how long until the caller may try again.</returns>
    /// <remarks>Both counts are taken side by side, each usually one write, so the limits add one storage round trip to a request.</remarks>
    public async Task<TimeSpan?> TryTakeAsync(string address, IPAddress? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var limits = options.Value;
        var callerWait = TakeAsync("signup-", "caller:" + (caller?.ToString() ?? "unknown"), limits.SignUpsPerCallerPerHour, cancellationToken);
        var addressWait = TakeAsync("confirm-", address, limits.EmailsPerAddressPerHour, cancellationToken);
        var waits = await Task.WhenAll(callerWait, addressWait);
        return waits.Max();
    }

    /// <summary>Counts one email to the address only: for an owner's edit, which is not a sign-up but sends a confirmation link.</summary>
    /// <returns>null when allowed; otherwise how long until the address may be sent another.</returns>
    public Task<TimeSpan?> TryTakeForAddressAsync(string address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return TakeAsync("confirm-", address, options.Value.EmailsPerAddressPerHour, cancellationToken);
    }

    private async Task<TimeSpan?> TakeAsync(string kind, string value, int limit, CancellationToken cancellationToken) =>
        limit <= 0 ? null : await counter.TryTakeAsync(kind + await hasher.HashAsync(value, cancellationToken), limit, cancellationToken);
}
