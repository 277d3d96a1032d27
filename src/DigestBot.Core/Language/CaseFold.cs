using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>
/// Case folding as <see cref="StringComparison.OrdinalIgnoreCase"/> compares (simple upper-case mapping, shown in
/// lower case), and a hash of the folded characters: one cheap hash per word serves every word table.
/// </summary>
internal static class CaseFold
{
    private const ulong Prime = 0x100000001B3UL;
    private const ulong Basis = 14695981039346656037UL;

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
    /// FNV-1a over each character with its 0x20 bit set: for ASCII that bit is all folding does (on letters), so
    /// ASCII is hashed as it stands and only other characters are folded first. The tokenizer computes the same
    /// hash while it scans, with <see cref="Start"/>, <see cref="Add"/> and <see cref="Finish"/>.
    /// </remarks>
    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = Start;
        foreach (var c in word)
        {
            hash = Add(hash, c);
        }

        return Finish(hash, word.Length);
    }

    /// <summary>The hash state before the first character.</summary>
    public static ulong Start => Basis;

    /// <summary>Adds one character to the hash state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char c) => (hash ^ (uint)((c < 128 ? c : Fold(c)) | 0x20)) * Prime;

    /// <summary>The hash of a word of <paramref name="length"/> characters from its final state.</summary>
    public static int Finish(ulong hash, int length)
    {
        hash = (hash ^ (uint)length) * Prime;
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
}
