using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DigestBot.Core.Language;

/// <summary>
/// A word as the engine's tables see it: its first and last four characters, folded as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> compares and packed one per 16 bits, its length, and a hash of all
/// its folded characters. Up to eight characters the key is the word exactly; longer words share the first and last
/// four with others, so tables confirm them against their text.
/// </summary>
/// <remarks>
/// Computed for every word of every article, so it is built without a branch per character: each four-character
/// chunk is read and folded as one 64-bit value (<see cref="CaseFold.FoldChunk"/>), and words of up to eight characters
/// (nearly all) take the same path whatever their length, which keeps the processor's branch guesses right.
/// </remarks>
internal readonly record struct WordKey(ulong First, ulong Last, int Length, int Hash)
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL; // 2^64 / golden ratio, odd
    private const ulong OtherMultiplier = 0xC2B2AE3D27D4EB4FUL; // xxHash's second prime

    /// <summary>The key of <paramref name="word"/>.</summary>
    public static WordKey Of(ReadOnlySpan<char> word)
    {
        if (word.Length <= 4)
        {
            return Make(CaseFold.FoldChunk(Pack(word)), 0, word.Length, 0);
        }

        var middle = word.Length > 8 ? Middle(word) : 0;
        return Make(CaseFold.FoldChunk(Read(word, 0)), CaseFold.FoldChunk(Read(word, word.Length - 4)), word.Length, middle);
    }

    /// <summary>The key of the word at <paramref name="start"/> in <paramref name="text"/>: <see cref="Of"/>, faster.</summary>
    /// <remarks>A short word's first chunk is read past its end, within the text, and masked to the word.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordKey At(string text, int start, int length)
    {
        var chars = text.AsSpan();
        if (start + 4 > chars.Length)
        {
            return Of(chars.Slice(start, length));
        }

        // Math.Min and Math.Max here compile to branches that a mix of short and long words defeats; this is the same
        // in arithmetic. beyondFour is length - 4 when that is positive, else 0.
        var overFour = length - 4;
        var beyondFour = overFour & ~(overFour >> 31);
        var keep = ulong.MaxValue >> (16 * (beyondFour - overFour));
        var first = CaseFold.FoldChunk(Read(chars, start) & keep);
        var isLong = (ulong)((long)(4 - length) >> 63); // all ones for a word of five or more characters, else 0
        var last = CaseFold.FoldChunk(Read(chars, start + beyondFour)) & isLong;
        var middle = length > 8 ? Middle(chars.Slice(start, length)) : 0;
        return Make(first, last, length, middle);
    }

    /// <summary>True when this key (of a word of at most eight characters) and <paramref name="other"/> are the same word.</summary>
    public bool SameShortWord(in WordKey other) => First == other.First & Last == other.Last & Length == other.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static WordKey Make(ulong first, ulong last, int length, ulong middle)
    {
        // A product's high half depends on every bit of its input: fold it down and take the high half again.
        var mixed = (first * Multiplier) ^ ((last + (ulong)length) * OtherMultiplier) ^ middle;
        return new WordKey(first, last, length, (int)(((mixed ^ (mixed >> 32)) * Multiplier) >> 32));
    }

    // The characters between the first and last four of a word of more than eight, chained one chunk per multiply.
    private static ulong Middle(ReadOnlySpan<char> word)
    {
        ulong middle = 1;
        for (var i = 4; i < word.Length - 4; i += 4)
        {
            middle = BitOperations.RotateLeft((middle ^ CaseFold.FoldChunk(Read(word, i))) * Multiplier, 29);
        }

        return middle;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read(ReadOnlySpan<char> chars, int start) => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(chars.Slice(start, 4)));

    // Up to four characters, one per 16 bits from the low end.
    private static ulong Pack(ReadOnlySpan<char> chars)
    {
        ulong packed = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            packed |= (ulong)chars[i] << (16 * i);
        }

        return packed;
    }
}
