using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// Capitalised tokens read from the class column eight or sixteen at a time: the capitalised tokens of a block of up
/// to 64 as one bit mask (bit k = token block + k), and the length of a plain run of capitalised words.
/// </summary>
/// <remarks>
/// Whether the next token is capitalised cannot be predicted: a loop that tests each token pays a mispredicted
/// branch at about every run start and end. With the mask, <see cref="System.Numerics.BitOperations.TrailingZeroCount(ulong)"/>
/// jumps straight to the next capitalised token.
/// </remarks>
internal static class CapitalMask
{
    private const int CapitalizedBit = 16; // WordClass.Capitalized == 1 << 16

    /// <summary>Bit k is set when token <paramref name="block"/> + k is capitalised (tokens past the end are clear).</summary>
    public static ulong Of(ReadOnlySpan<WordClass> classes, int block)
    {
        var count = Math.Min(64, classes.Length - block);
        var mask = 0UL;
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var ints = MemoryMarshal.Cast<WordClass, int>(classes);
            for (; k + Vector256<int>.Count <= count; k += Vector256<int>.Count)
            {
                // The Capitalized bit (1 << 16) moved to the sign bit, whose bits the extraction gathers.
                var shifted = Vector256.Create(ints.Slice(block + k, Vector256<int>.Count)) << (31 - CapitalizedBit);
                mask |= (ulong)shifted.ExtractMostSignificantBits() << k;
            }
        }

        for (; k < count; k++)
        {
            mask |= (ulong)(((uint)classes[block + k] >> CapitalizedBit) & 1) << k;
        }

        return mask;
    }

    /// <summary>
    /// How many tokens from <paramref name="from"/> (before <paramref name="limit"/>, at most 16 on) are capitalised
    /// words of no calendar list in paragraph <paramref name="paragraph"/>: the plain part of a name run.
    /// </summary>
    /// <remarks>
    /// Runs are one to four words: a loop ending at the first other token mispredicts its exit about once a run.
    /// Sixteen tokens are tested at once and the length is the count of trailing passes.
    /// </remarks>
    public static int PlainRun(ReadOnlySpan<WordClass> classes, ReadOnlySpan<int> paragraphOf, int from, int paragraph, int limit)
    {
        var span = Math.Min(limit - from, 16);
        if (span <= 0)
        {
            return 0;
        }

        if (Vector256.IsHardwareAccelerated && from + 16 <= classes.Length)
        {
            var ints = MemoryMarshal.Cast<WordClass, int>(classes);
            var wanted = Vector256.Create((int)(WordClass.Capitalized | WordClass.Calendar));
            var capitalized = Vector256.Create((int)WordClass.Capitalized);
            var same = Vector256.Create(paragraph);
            var low = Vector256.Equals(Vector256.Create(ints.Slice(from, 8)) & wanted, capitalized)
                & Vector256.Equals(Vector256.Create(paragraphOf.Slice(from, 8)), same);
            var high = Vector256.Equals(Vector256.Create(ints.Slice(from + 8, 8)) & wanted, capitalized)
                & Vector256.Equals(Vector256.Create(paragraphOf.Slice(from + 8, 8)), same);
            var passes = low.ExtractMostSignificantBits() | (high.ExtractMostSignificantBits() << 8);
            return BitOperations.TrailingZeroCount(~passes | (1u << span));
        }

        var k = 0;
        while (k < span && (classes[from + k] & (WordClass.Capitalized | WordClass.Calendar)) == WordClass.Capitalized
            && paragraphOf[from + k] == paragraph)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// Bit k is set when token <paramref name="from"/> + k, before <paramref name="end"/>, is in one of the lists in
    /// <paramref name="wanted"/>; at most 32 tokens.
    /// </summary>
    /// <remarks>A name run is at most ten tokens: its titles and group nouns are read in one step, not a loop.</remarks>
    public static uint Within(ReadOnlySpan<WordClass> classes, int from, int end, WordClass wanted)
    {
        var count = Math.Min(end - from, 32);
        if (count <= 0)
        {
            return 0;
        }

        var inRange = count == 32 ? uint.MaxValue : (1u << count) - 1;
        if (Vector256.IsHardwareAccelerated && from + 16 <= classes.Length && count <= 16)
        {
            var ints = MemoryMarshal.Cast<WordClass, int>(classes);
            var mask = Vector256.Create((int)wanted);
            var low = Vector256.Equals(Vector256.Create(ints.Slice(from, 8)) & mask, Vector256<int>.Zero).ExtractMostSignificantBits();
            var high = Vector256.Equals(Vector256.Create(ints.Slice(from + 8, 8)) & mask, Vector256<int>.Zero).ExtractMostSignificantBits();
            return ~(low | (high << 8)) & inRange;
        }

        var bits = 0u;
        for (var k = 0; k < count; k++)
        {
            bits |= ((classes[from + k] & wanted) != 0 ? 1u : 0u) << k;
        }

        return bits;
    }
}
