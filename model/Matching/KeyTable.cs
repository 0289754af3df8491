using System.Numerics;

namespace Matchmaker.Model.Matching;

/// <summary>
/// An open-addressing set of <see cref="KeyHash"/> values (never 0, which marks an empty slot) with linear
/// probing, filled one key at a time in a caller's (stack) buffer: preparing a side keeps its first distinct
/// terms in order with it, without allocating a set per person.
/// </summary>
public static class KeyTable
{
    /// <summary>The number of slots for this many keys: a power of two, at least twice the keys and at least 8.</summary>
    public static int Capacity(int keys) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, keys * 2));

    /// <summary>Adds the hash; false when it was there already. The table's length must be a power of two.</summary>
    public static bool Add(Span<ulong> table, ulong hash)
    {
        var mask = table.Length - 1;
        var slot = (int)hash & mask;
        for (var probe = 0; probe < table.Length; probe++, slot = (slot + 1) & mask)
        {
            var held = table[slot];
            if (held == hash)
            {
                return false;
            }

            if (held == 0)
            {
                table[slot] = hash;
                return true;
            }
        }

        throw new InvalidOperationException("The key table is full.");
    }
}
