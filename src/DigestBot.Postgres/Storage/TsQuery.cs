using System.Text.RegularExpressions;

namespace DigestBot.Postgres.Storage;

/// <summary>
/// Turns user words into <c>to_tsquery('simple', ...)</c> text the way the SQLite store builds its FTS5 queries: only
/// letters and digits survive, each word is quoted, so user input is never parsed as query syntax.
/// </summary>
internal static partial class TsQuery
{
    private const int MaxWords = 32;

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "and", "or", "is", "are", "was", "were", "be", "it", "that", "this",
        "what", "who", "whom", "did", "does", "do", "has", "have", "had", "about", "say", "said", "says", "for", "with",
        "by", "from", "at", "how", "why", "when", "where", "which", "any", "me", "tell",
    };

    /// <summary>All of the words (stop words dropped unless nothing else is left), words of 4+ letters as prefixes; null when there are none.</summary>
    public static string? AllTerms(string text)
    {
        var words = Words(text);
        var meaningful = words.Where(w => !StopWords.Contains(w)).ToList();
        if (meaningful.Count > 0)
        {
            words = meaningful;
        }

        return words.Count == 0 ? null : string.Join(" & ", words.Select(w => w.Length >= 4 ? $"'{w}':*" : $"'{w}'"));
    }

    /// <summary>The words as one phrase, each followed by the next; null when there are none.</summary>
    public static string? Phrase(string text)
    {
        var words = Words(text);
        return words.Count == 0 ? null : string.Join(" <-> ", words.Select(w => $"'{w}'"));
    }

    private static List<string> Words(string? text) =>
        Word().Matches(text ?? "").Select(m => m.Value.ToLowerInvariant()).Take(MaxWords).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
