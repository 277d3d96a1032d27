using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DigestBot.Core.Language;

/// <summary>
/// Case folding as <see cref="StringComparison.OrdinalIgnoreCase"/> compares (simple upper-case mapping, shown in
/// lower case), and a hash of the folded characters: one cheap hash per word serves every word table.
/// </summary>
internal static class CaseFold
{
    private const ulong Prime = 0x100000001B3UL;
    private const ulong Basis = 14695981039346656037UL;
    private const ulong NonAscii = 0xFF80FF80FF80FF80UL;
    private const ulong LowerBits = 0x0020002000200020UL;

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

    /// <summary>Hash of the folded characters: equal for words equal under OrdinalIgnoreCase.</summary>
    /// <remarks>
    /// Every character is hashed with its 0x20 bit set, four at a time. For ASCII that bit is all folding does
    /// (on letters), so an ASCII word hashes without being folded first; other words are folded, then hashed the
    /// same way, so equal folded forms always give equal hashes.
    /// </remarks>
    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = Basis ^ (ulong)word.Length;
        var chunks = MemoryMarshal.Cast<char, ulong>(word);
        foreach (var chunk in chunks)
        {
            if ((chunk & NonAscii) != 0)
            {
                return FoldedHash(word);
            }

            hash = (hash ^ (chunk | LowerBits)) * Prime;
        }

        for (var i = chunks.Length * 4; i < word.Length; i++)
        {
            if (word[i] >= 128)
            {
                return FoldedHash(word);
            }

            hash = (hash ^ (ulong)(word[i] | 0x20)) * Prime;
        }

        return (int)(hash ^ (hash >> 32));
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

    private static int FoldedHash(ReadOnlySpan<char> word)
    {
        var hash = Basis ^ (ulong)word.Length;
        Span<char> chunk = stackalloc char[4];
        var i = 0;
        for (; i + 4 <= word.Length; i += 4)
        {
            for (var k = 0; k < 4; k++)
            {
                chunk[k] = Fold(word[i + k]);
            }

            hash = (hash ^ (MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(chunk)) | LowerBits)) * Prime;
        }

        for (; i < word.Length; i++)
        {
            hash = (hash ^ (ulong)(Fold(word[i]) | 0x20)) * Prime;
        }

        return (int)(hash ^ (hash >> 32));
    }
}
