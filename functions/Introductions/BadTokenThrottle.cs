using System.Collections.Concurrent;
using System.Net;

namespace Matchmaker.Introductions;

/// <summary>
/// Slows down guessing: after <see cref="Limit"/> links that were not valid from one address within a minute,
/// that address is refused for the rest of the minute. Per instance and in memory: a 256-bit token cannot
/// be guessed anyway; this keeps scanners and scripts from hammering storage.
/// </summary>
public sealed class BadTokenThrottle(TimeProvider time)
{
    public const int Limit = 10;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (DateTimeOffset Start, int Count)> misses = new(StringComparer.Ordinal);

    public bool IsBlocked(IPAddress? address) =>
        misses.TryGetValue(Key(address), out var entry) && time.GetUtcNow() - entry.Start < Window && entry.Count >= Limit;

    public void Miss(IPAddress? address)
    {
        var now = time.GetUtcNow();
        misses.AddOrUpdate(Key(address), _ => (now, 1), (_, entry) => now - entry.Start >= Window ? (now, 1) : (entry.Start, entry.Count + 1));
        if (misses.Count > 10_000)
        {
            // Only recent misses matter; forgetting all at once bounds the memory.
            misses.Clear();
        }
    }

    private static string Key(IPAddress? address) => address?.ToString() ?? "unknown";
}
