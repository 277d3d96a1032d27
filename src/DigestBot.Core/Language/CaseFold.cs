using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>
/// Case folding as <see cref="StringComparison.OrdinalIgnoreCase"/> compares (simple upper-case mapping, shown in
/// lower case), and a hash of the folded characters: one cheap hash per word serves every word table.
/// </summary>
internal static class CaseFold
{
    /// <summary>The bits of four packed characters that are set only in a character past ASCII.</summary>
    public const ulong NonAscii = 0xFF80FF80FF80FF80UL;

    // Folds of U+0080..U+00FF, so accented Latin letters skip the culture-data lookup.
    private static readonly char[] Latin1 = [.. Enumerable.Range(128, 128).Select(c => FoldSlow((char)c))];

    /// <summary>The folded form of one character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        if (c < 256)
        {
            return Latin1[c - 128];
        }

        // General punctuation (’ “ ” – —) has no case.
        return c is >= '\u2000' and <= '\u206F' ? c : FoldSlow(c);
    }

    /// <summary>Hash of the folded characters: equal for words equal under OrdinalIgnoreCase (<see cref="WordKey.Hash"/>).</summary>
    public static int Hash(ReadOnlySpan<char> word) => WordKey.Of(word).Hash;

    /// <summary>
    /// Four characters packed one per 16 bits, each folded. All-ASCII chunks (nearly all) fold without a branch per
    /// character: a lane gets its 0x20 bit set exactly when it holds 'A'..'Z' (each lane is below 0x80, so the adds
    /// never carry into the next lane).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong FoldChunk(ulong chars)
    {
        return (chars & NonAscii) != 0 ? FoldEach(chars) : FoldAsciiChunk(chars);
    }

    /// <summary><see cref="FoldChunk"/> of four characters known to be ASCII (no bit of <see cref="NonAscii"/> set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong FoldAsciiChunk(ulong chars)
    {
        var upper = ((chars + 0x003F003F003F003FUL) ^ (chars + 0x0025002500250025UL)) & 0x0080008000800080UL;
        return chars | (upper >> 2);
    }

    private static ulong FoldEach(ulong chars)
    {
        ulong folded = 0;
        for (var shift = 0; shift < 64; shift += 16)
        {
            folded |= (ulong)Fold((char)(chars >> shift)) << shift;
        }

        return folded;
    }

    /// <summary>True when <paramref name="word"/> folds to <paramref name="folded"/>, a word already folded.</summary>
    public static bool EqualsFolded(ReadOnlySpan<char> word, string folded)
    {
        if (word.Length != folded.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (Fold(word[i]) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    private static char FoldSlow(char c)
    {
        var upper = char.ToUpperInvariant(c);
        return upper is >= 'A' and <= 'Z' ? (char)(upper | 0x20) : upper;
    }
}
