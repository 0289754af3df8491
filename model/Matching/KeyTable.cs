using System.Numerics;

namespace Matchmaker.Model.Matching;

/// <summary>
/// An open-addressing set of <see cref="KeyHash"/> values (never 0, which marks an empty slot) with linear
/// probing, at most half full. The need side keeps its text terms in one, so a person's terms need neither
/// sorting when prepared nor a merge per pair: each is one or two probes.
/// </summary>
public static class KeyTable
{
    public static ulong[] Build(ReadOnlySpan<ulong> hashes)
    {
        var table = new ulong[Capacity(hashes.Length)];
        foreach (var hash in hashes)
        {
            Add(table, hash);
        }

        return table;
    }

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

    public static bool Contains(ReadOnlySpan<ulong> table, ulong hash)
    {
        var mask = table.Length - 1;
        var slot = (int)hash & mask;
        for (var probe = 0; probe < table.Length; probe++, slot = (slot + 1) & mask)
        {
            var held = table[slot];
            if (held == hash)
            {
                return true;
            }

            if (held == 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many of the hashes the table holds.</summary>
    public static int CountIn(ReadOnlySpan<ulong> hashes, ReadOnlySpan<ulong> table)
    {
        var count = 0;
        foreach (var hash in hashes)
        {
            if (Contains(table, hash))
            {
                count++;
            }
        }

        return count;
    }
}
