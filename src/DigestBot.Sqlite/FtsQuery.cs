using System.Text.RegularExpressions;

namespace DigestBot.Sqlite;

/// <summary>Turns user words into safe FTS5 queries: every token quoted, so user input is never parsed as query syntax.</summary>
internal static partial class FtsQuery
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "and", "or", "is", "are", "was", "were", "be", "it", "that", "this",
        "what", "who", "whom", "did", "does", "do", "has", "have", "had", "about", "say", "said", "says", "for", "with",
        "by", "from", "at", "how", "why", "when", "where", "which", "any", "me", "tell",
    };

    /// <summary>All of the words (stop words dropped unless nothing else is left), longer ones as prefixes; null when there are no words.</summary>
    public static string? AllTerms(string text)
    {
        var tokens = Tokens(text);
        var meaningful = tokens.Where(t => !StopWords.Contains(t)).ToList();
        if (meaningful.Count > 0)
        {
            tokens = meaningful;
        }

        return tokens.Count == 0 ? null : string.Join(' ', tokens.Select(t => t.Length >= 4 ? $"\"{t}\"*" : $"\"{t}\""));
    }

    /// <summary>The words as one phrase, in order; null when there are no words.</summary>
    public static string? Phrase(string text)
    {
        var tokens = Tokens(text);
        return tokens.Count == 0 ? null : $"\"{string.Join(' ', tokens)}\"";
    }

    private static List<string> Tokens(string text) =>
        Word().Matches(text ?? "").Select(m => m.Value).Take(32).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
