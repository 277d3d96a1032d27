using System.Globalization;
using System.Text;

namespace DigestBot.Feeds.Parsing;

/// <summary>Month names and abbreviations in the languages news feeds are written in, accents ignored.</summary>
internal static class DateMonths
{
    // Longest prefixes first so "juil" wins over "jul" style clashes; each needs at least 3 letters to match.
    private static readonly (string Prefix, int Month)[] Prefixes =
    [
        ("juin", 6), ("juil", 7), ("aout", 8), ("ιουν", 6), ("ιουλ", 7),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ("jän", 1), ("jaen", 1), ("mae", 3), ("mai", 5), ("okt", 10), ("dez", 12),
        ("fev", 2), ("avr", 4), ("ene", 1), ("abr", 4), ("ago", 8), ("set", 9), ("dic", 12),
        ("gen", 1), ("mag", 5), ("giu", 6), ("lug", 7), ("ott", 10), ("out", 10),
        ("ιαν", 1), ("φεβ", 2), ("μαρ", 3), ("απρ", 4), ("μαι", 5), ("μαϊ", 5), ("αυγ", 8), ("σεπ", 9),
        ("οκτ", 10), ("νοε", 11), ("δεκ", 12),
    ];

    /// <summary>The month number for a name such as "Dec", "December", "déc." or "Δεκ", or null.</summary>
    public static int? Find(string token)
    {
        var normalised = Normalise(token);
        if (normalised.Length < 3)
        {
            return null;
        }

        foreach (var (prefix, month) in Prefixes)
        {
            if (normalised.StartsWith(prefix, StringComparison.Ordinal))
            {
                return month;
            }
        }

        return null;
    }

    private static string Normalise(string token)
    {
        var decomposed = token.Trim('.').ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
