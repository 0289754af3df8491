using System.Net;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Credentials;
using Microsoft.Extensions.Options;

namespace Matchmaker.Profiles.SignIn;

/// <summary>
/// How often sign-in emails may be asked for: per address and per caller, in a sliding window. Counted before
/// anything is looked up, so a refusal says nothing about whether the address is known. Kept in memory per
/// instance, like <c>BadTokenThrottle</c>: the limits keep anyone from flooding a mailbox or the sender,
/// and a person who is refused waits at most the window. Addresses are held as hashes only.
/// </summary>
public sealed class SignInLimits(IOptions<SignInOptions> options, TimeProvider time)
{
    private const int MaxKeys = 100_000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> requests = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Counts one request for the address from the caller, unless either is over its limit.</summary>
    /// <returns>null when allowed; otherwise how long until a request would be allowed.</returns>
    public TimeSpan? TryTake(string address, IPAddress? caller)
    {
        ArgumentNullException.ThrowIfNull(address);
        var settings = options.Value;
        var addressKey = "a:" + SecretToken.Hash(AddressHasher.Normalize(address));
        var callerKey = "c:" + (caller?.ToString() ?? "unknown");
        var now = time.GetUtcNow();
        lock (gate)
        {
            var wait = Max(WaitFor(addressKey, settings.PerAddress, now, settings.Window), WaitFor(callerKey, settings.PerCaller, now, settings.Window));
            if (wait is not null)
            {
                return wait;
            }

            if (requests.Count >= MaxKeys)
            {
                // Only the last window matters; forgetting everything at once bounds the memory.
                requests.Clear();
            }

            Record(addressKey, now);
            Record(callerKey, now);
            return null;
        }
    }

    private TimeSpan? WaitFor(string key, int limit, DateTimeOffset now, TimeSpan window)
    {
        if (!requests.TryGetValue(key, out var times))
        {
            return null;
        }

        while (times.Count > 0 && now - times.Peek() >= window)
        {
            times.Dequeue();
        }

        if (times.Count == 0)
        {
            requests.Remove(key);
            return null;
        }

        // The oldest request in the window leaves it first; then there is room for one more.
        return times.Count >= limit ? times.ElementAt(times.Count - limit) + window - now : null;
    }

    private void Record(string key, DateTimeOffset now)
    {
        if (!requests.TryGetValue(key, out var times))
        {
            requests[key] = times = new Queue<DateTimeOffset>();
        }

        times.Enqueue(now);
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
