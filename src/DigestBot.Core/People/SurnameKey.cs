using System.Globalization;
using System.Text;

namespace DigestBot.Core.People;

/// <summary>Folds spelling variants of a name to one key: case, accents and doubled letters ("Zelenskyy" = "Zelensky").</summary>
internal static class SurnameKey
{
    /// <summary>Longest word folded without allocating; longer ones take the string path.</summary>
    public const int MaxStackLength = 64;

    /// <summary>The key of one name word.</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> buffer = stackalloc char[MaxStackLength];
        var length = FoldAscii(word, buffer);
        if (length >= 0)
        {
            return new string(buffer[..length]);
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || !char.IsLetterOrDigit(c))
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (sb.Length == 0 || sb[^1] != lower)
            {
                sb.Append(lower);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The key of one name word, written into <paramref name="buffer"/> (at least <see cref="MaxStackLength"/> long)
    /// when the word is short ASCII, else allocated.
    /// </summary>
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = FoldAscii(word, buffer);
        return length >= 0 ? buffer[..length] : Of(word.ToString());
    }

    /// <summary>
    /// Writes the key of a short ASCII word into <paramref name="buffer"/> (at least as long as the word) and gives
    /// its length; -1 when the word is longer than <see cref="MaxStackLength"/> or not ASCII (the string form folds
    /// accents).
    /// </summary>
    public static int FoldAscii(ReadOnlySpan<char> word, Span<char> buffer) => FoldAscii(word, buffer, out _);

    /// <summary>
    /// As <see cref="FoldAscii(ReadOnlySpan{char}, Span{char})"/>, also giving the <see cref="HashOf"/> of the key,
    /// computed in the same pass.
    /// </summary>
    public static int FoldAscii(ReadOnlySpan<char> word, Span<char> buffer, out int hash)
    {
        hash = 0;
        if (word.Length > MaxStackLength || word.Length > buffer.Length)
        {
            return -1;
        }

        // One pass, no separate ASCII check. A doubled letter is dropped without a branch (it is written, and the
        // length and hash move only when it differs from the last letter kept): whether a letter repeats cannot be
        // predicted.
        var length = 0;
        var last = '\0';
        var h = 0;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                if (c >= 0x80)
                {
                    return -1;
                }

                continue;
            }

            var lower = (char)(c | 0x20); // lower-cases an ASCII letter and keeps a digit
            var kept = lower != last;
            buffer[length] = lower;
            length += kept ? 1 : 0;
            h = kept ? (h * 31) + lower : h;
            last = lower;
        }

        hash = h;
        return length;
    }

    /// <summary>A hash of a key: the same for equal keys, however they were folded.</summary>
    public static int HashOf(ReadOnlySpan<char> key)
    {
        var hash = 0;
        foreach (var c in key)
        {
            hash = (hash * 31) + c;
        }

        return hash;
    }

    /// <summary>True when two keys differ by one inserted letter and are long enough for that to be a variant.</summary>
    public static bool AreVariants(string a, string b) => AreVariants(a.AsSpan(), b.AsSpan());

    /// <summary>True when two keys differ by one inserted letter and are long enough for that to be a variant.</summary>
    public static bool AreVariants(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return true;
        }

        if (a.Length < 5 || b.Length < 5 || a[0] != b[0] || Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        var restA = a[Math.Min(i + 1, a.Length)..];
        var restB = b[Math.Min(i + 1, b.Length)..];
        return a[i..].SequenceEqual(restB) || restA.SequenceEqual(b[i..]);
    }
}
