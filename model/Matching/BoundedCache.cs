using System.Collections.Concurrent;

namespace Matchmaker.Model.Matching;

/// <summary>
/// Remembers the results of a pure function of a string, up to a number of entries (after that it computes
/// without remembering), so preparing thousands of projections that share cities and keys does the text work
/// once. Safe for concurrent use; results do not depend on what is cached.
/// </summary>
internal sealed class BoundedCache<TValue>(int limit, Func<string, TValue> compute)
{
    private readonly ConcurrentDictionary<string, TValue> entries = new(StringComparer.Ordinal);

    // Counted here because ConcurrentDictionary.Count takes every lock, and threads preparing candidates
    // at once would queue on it at every miss.
    private int count;

    public TValue this[string key]
    {
        get
        {
            if (entries.TryGetValue(key, out var value))
            {
                return value;
            }

            value = compute(key);
            if (Volatile.Read(ref count) < limit && entries.TryAdd(key, value))
            {
                Interlocked.Increment(ref count);
            }

            return value;
        }
    }
}
