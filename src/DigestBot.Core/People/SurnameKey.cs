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
        if (word.Length <= MaxStackLength && System.Text.Ascii.IsValid(word))
        {
            Span<char> buffer = stackalloc char[MaxStackLength];
            return new string(FoldAscii(word, buffer));
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
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> word, Span<char> buffer) =>
        word.Length <= MaxStackLength && System.Text.Ascii.IsValid(word) ? FoldAscii(word, buffer) : Of(word.ToString());

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

    private static ReadOnlySpan<char> FoldAscii(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                continue;
            }

            var lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            if (length == 0 || buffer[length - 1] != lower)
            {
                buffer[length++] = lower;
            }
        }

        return buffer[..length];
    }
}
