using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DigestBot.Core.People;

/// <summary>
/// <see cref="SurnameKey.FoldAscii(ReadOnlySpan{char}, Span{char}, out int)"/> for a word read in place in its text:
/// a word of up to 16 ASCII letters and digits with at most one doubled letter (most surnames) is folded in one step
/// with vectors; any other word takes the scalar fold. Same key, length and hash either way.
/// </summary>
/// <remarks>
/// The scalar fold loops once per character and its exit depends on the word's length, which cannot be predicted:
/// about one mispredicted branch per name. Here the only data-dependent branch is the rare fall-back.
/// </remarks>
internal static class VectorKeyFold
{
    private const int Lanes = 16;

    // Weight of lane i for a word of length n: 31^(n-1-i) (the scalar hash h = h * 31 + c), read at offset 16 - n;
    // lanes past the word read the zeros.
    private static readonly int[] Weights = MakeWeights();

    /// <summary>
    /// Folds the word of <paramref name="length"/> characters at <paramref name="start"/> in <paramref name="text"/>
    /// into <paramref name="buffer"/>; gives the key's length (or -1, as the scalar fold) and its hash.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> text, int start, int length, Span<char> buffer, out int hash)
    {
        // The lane before the word is read too (to find doubled letters by comparing each lane with the one before).
        if (!Vector256.IsHardwareAccelerated || length is < 1 or > Lanes || start < 1 || start + Lanes > text.Length
            || buffer.Length < Lanes)
        {
            return SurnameKey.FoldAscii(text.Slice(start, length), buffer, out hash);
        }

        var all = MemoryMarshal.Cast<char, ushort>(text);
        var chars = Vector256.Create(all.Slice(start, Lanes));
        var before = Vector256.Create(all.Slice(start - 1, Lanes));
        var inWord = Vector256.LessThan(Vector256<ushort>.Indices, Vector256.Create((ushort)length));
        var lower = chars | Vector256.Create((ushort)0x20); // lower-cases an ASCII letter and keeps a digit
        var letter = Vector256.LessThanOrEqual(lower - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
        var digit = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
        var doubled = Vector256.Equals(lower, before | Vector256.Create((ushort)0x20)) & ~FirstLane() & inWord;
        var other = ~(letter | digit) & inWord;
        if ((other | doubled) != Vector256<ushort>.Zero)
        {
            if (other != Vector256<ushort>.Zero || !DropOneDoubled(ref lower, doubled, ref length))
            {
                return SurnameKey.FoldAscii(text.Slice(start, length), buffer, out hash);
            }
        }

        // Lanes past the word are written too; the caller's key ends at the length returned.
        lower.CopyTo(MemoryMarshal.Cast<char, ushort>(buffer));
        var (low, high) = Vector256.Widen(lower);
        var weights = Weights.AsSpan(Lanes - length);
        var sum = (low.AsInt32() * Vector256.Create(weights[..8])) + (high.AsInt32() * Vector256.Create(weights.Slice(8, 8)));
        hash = Vector256.Sum(sum);
        return length;
    }

    // One doubled letter ("Kallas", "Scott": about one surname in six) is dropped by moving the lanes after it down
    // one (one permute), instead of the scalar fold and its loop; two or more take the scalar fold.
    private static bool DropOneDoubled(ref Vector256<ushort> lower, Vector256<ushort> doubled, ref int length)
    {
        var lanes = doubled.ExtractMostSignificantBits();
        if (!Avx512BW.VL.IsSupported || !BitOperations.IsPow2(lanes))
        {
            return false;
        }

        // Lane k takes lane k + 1 from the doubled lane on (the comparison's all-ones lanes subtract as +1).
        var from = Vector256.GreaterThanOrEqual(Vector256<ushort>.Indices, Vector256.Create((ushort)BitOperations.TrailingZeroCount(lanes)));
        lower = Avx512BW.VL.PermuteVar16x16(lower, Vector256<ushort>.Indices - from);
        length--;
        return true;
    }

    private static Vector256<ushort> FirstLane() => Vector256.Create(ushort.MaxValue, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static int[] MakeWeights()
    {
        var weights = new int[2 * Lanes];
        var power = 1;
        for (var j = Lanes - 1; j >= 0; j--)
        {
            weights[j] = power;
            power *= 31;
        }

        return weights;
    }
}
