using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Matchmaker.Model.Matching;

/// <summary>
/// A fixed set of <see cref="KeyHash"/> values for a need's side of a pair, looked up once per key of every
/// candidate. A key's top bits choose a bucket of four slots, and there are enough buckets that none
/// overflows, so a look-up is one shift and four comparisons (one vector comparison where the hardware has
/// one), with no probing and no branch on whether the key is there: the sorted merges and probed table this
/// replaced cost a mispredicted branch every few keys (docs/benchmarks.md). Each key has a slot number, so a
/// caller can keep facts about it in parallel arrays.
/// </summary>
public sealed class KeyBuckets
{
    public const int BucketSize = 4;

    // Buckets grow to at most this many times the keys; keys that still share a full bucket (which takes
    // hashes chosen to collide) go to a short overflow list, so building never fails and stays small.
    private const int MaxGrowthBits = 4;

    private readonly ulong[] slots;
    private readonly ulong[] overflow;
    private readonly int shift;

    public KeyBuckets(ReadOnlySpan<ulong> keys)
    {
        var distinct = new List<ulong>(keys.Length);
        var seen = new HashSet<ulong>();
        foreach (var key in keys)
        {
            if (key == 0)
            {
                throw new ArgumentException("0 marks an empty slot and is never a key hash.", nameof(keys));
            }

            if (seen.Add(key))
            {
                distinct.Add(key);
            }
        }

        // About one key per bucket to start, doubling while a bucket overflows.
        var bits = Math.Max(1, BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, distinct.Count))));
        var maxBits = bits + MaxGrowthBits;
        List<ulong> spilled;
        while ((spilled = Fill(distinct, bits, out slots)).Count > 0 && bits < maxBits)
        {
            bits++;
        }

        overflow = [.. spilled];
        shift = 64 - bits;
        Count = distinct.Count;
    }

    public static KeyBuckets Empty { get; } = new([]);

    public int Count { get; }

    /// <summary>The number of slot numbers: every <see cref="IndexOf"/> is below it.</summary>
    public int Slots => slots.Length + overflow.Length;

    /// <summary>The key's slot, or -1 when it is not in the set.</summary>
    public int IndexOf(ulong key)
    {
        var at = (int)(key >> shift) * BucketSize;
        var bucket = slots.AsSpan(at, BucketSize);
        var hits = (bucket[0] == key ? 1 : 0) | (bucket[1] == key ? 2 : 0) | (bucket[2] == key ? 4 : 0) | (bucket[3] == key ? 8 : 0);
        if (hits != 0)
        {
            return at + BitOperations.TrailingZeroCount(hits);
        }

        return overflow.Length == 0 ? -1 : OverflowIndexOf(key);
    }

    public bool Contains(ulong key) => IndexOf(key) >= 0;

    /// <summary>How many of the keys the set holds (a key given twice counts twice).</summary>
    public int CountIn(ReadOnlySpan<ulong> keys)
    {
        var count = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // A key's bucket is always inside the array (its top bits are below the bucket count), so the
            // loads need no bounds check; this loop runs for every term of every candidate.
            ref var first = ref MemoryMarshal.GetArrayDataReference(slots);
            foreach (var key in keys)
            {
                var bucket = Vector256.LoadUnsafe(ref first, (nuint)(key >> shift) * BucketSize);
                count += Vector256.EqualsAny(bucket, Vector256.Create(key)) ? 1 : 0;
            }

            if (overflow.Length > 0)
            {
                foreach (var key in keys)
                {
                    count += OverflowIndexOf(key) >= 0 ? 1 : 0;
                }
            }

            return count;
        }

        foreach (var key in keys)
        {
            count += IndexOf(key) >= 0 ? 1 : 0;
        }

        return count;
    }

    private int OverflowIndexOf(ulong key)
    {
        var index = Array.IndexOf(overflow, key);
        return index < 0 ? -1 : slots.Length + index;
    }

    /// <summary>Spreads the keys over 2^bits buckets; gives back the ones that found their bucket full.</summary>
    private static List<ulong> Fill(List<ulong> keys, int bits, out ulong[] slots)
    {
        slots = new ulong[(1 << bits) * BucketSize];
        var filled = new int[1 << bits];
        var spilled = new List<ulong>();
        foreach (var key in keys)
        {
            var bucket = (int)(key >> (64 - bits));
            if (filled[bucket] == BucketSize)
            {
                spilled.Add(key);
                continue;
            }

            slots[(bucket * BucketSize) + filled[bucket]++] = key;
        }

        return spilled;
    }
}
