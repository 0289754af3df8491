using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Matchmaker.Model.Matching;

/// <summary>
/// A 64-bit hash of a key's UTF-16 code units, read eight bytes at a time (little-endian, so the same on
/// every platform) and finished with MurmurHash3's 64-bit finaliser. Prepared projections hold these instead
/// of strings, so comparing a pair compares integers. The hash is fixed (unlike
/// <see cref="string.GetHashCode()"/>, which changes per process), so features are the same in every run;
/// two distinct keys collide with probability about 2^-64. It is never 0.
/// </summary>
public static class KeyHash
{
    private const ulong Seed = 0x9E3779B97F4A7C15;
    private const ulong Multiplier1 = 0x87C37B91114253D5;
    private const ulong Multiplier2 = 0x4CF5AD432745937F;

    public static ulong Of(ReadOnlySpan<char> key)
    {
        var bytes = MemoryMarshal.AsBytes(key);
        var hash = Seed ^ ((ulong)bytes.Length * Multiplier1);
        while (bytes.Length >= sizeof(ulong))
        {
            hash = Mix(hash, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[sizeof(ulong)..];
        }

        if (!bytes.IsEmpty)
        {
            ulong tail = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                tail |= (ulong)bytes[i] << (8 * i);
            }

            hash = Mix(hash, tail);
        }

        // 0 marks an empty slot in a KeyTable, so it is never a hash.
        var finished = Finish(hash);
        return finished == 0 ? 1 : finished;
    }

    private static ulong Mix(ulong hash, ulong block) =>
        (BitOperations.RotateLeft(hash ^ (block * Multiplier1), 31) * Multiplier2) + Seed;

    private static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53;
        hash ^= hash >> 33;
        return hash;
    }
}
