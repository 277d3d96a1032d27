using System.Globalization;
using System.Text;

namespace DigestBot.Core.People;

/// <summary>Folds spelling variants of a name to one key: case, accents and doubled letters ("Zelenskyy" = "Zelensky").</summary>
internal static class SurnameKey
{
    /// <summary>The key of one name word.</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var decomposed = System.Text.Ascii.IsValid(word) ? word : word.Normalize(NormalizationForm.FormD);
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

    /// <summary>True when two keys differ by one inserted letter and are long enough for that to be a variant.</summary>
    public static bool AreVariants(string a, string b)
    {
        if (a == b)
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

        var restA = a.AsSpan(Math.Min(i + 1, a.Length));
        var restB = b.AsSpan(Math.Min(i + 1, b.Length));
        return a.AsSpan(i).SequenceEqual(restB) || restA.SequenceEqual(b.AsSpan(i));
    }
}
