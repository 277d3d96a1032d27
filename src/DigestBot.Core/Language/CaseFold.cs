using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>
/// Case folding as <see cref="StringComparison.OrdinalIgnoreCase"/> compares (simple upper-case mapping, shown in
/// lower case), and an FNV-1a hash of the folded characters: one cheap hash per word serves every word table.
/// </summary>
internal static class CaseFold
{
    /// <summary>The folded form of one character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        var upper = char.ToUpperInvariant(c);
        return upper is >= 'A' and <= 'Z' ? (char)(upper | 0x20) : upper;
    }

    /// <summary>Hash of the folded characters: equal for words equal under OrdinalIgnoreCase.</summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ Fold(c)) * 16777619u;
        }

        return (int)hash;
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
}
