using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// The capitalised tokens of a block of up to 64 tokens as one bit mask (bit k = token block + k), read from the
/// class column eight tokens at a time.
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
}
