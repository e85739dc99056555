namespace Gongkai.Bench.Corpus;

/// <summary>
/// A SplitMix64 stream seeded with 64 bits (the corpus seed and the document number), so that a million documents
/// never share a stream, and so ids drawn from it never collide (System.Random's seed is only 31 bits).
/// </summary>
internal sealed class CorpusRandom(int seed, long index)
{
    private ulong state = unchecked(((ulong)(uint)seed << 40) ^ (ulong)index ^ 0x5DEECE66DUL);

    public ulong NextUInt64()
    {
        var z = unchecked(state += 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ value &lt; maxValue.</summary>
    public int Next(int maxValue) => maxValue <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxValue);

    /// <summary>minValue ≤ value &lt; maxValue.</summary>
    public int Next(int minValue, int maxValue) => minValue + Next(maxValue - minValue);

    public int Next() => (int)(NextUInt64() >> 33);

    /// <summary>0 ≤ value &lt; 1, 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], NextUInt64());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
