using System.Security.Cryptography;
using System.Text;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Articles;

/// <summary>Splits a plain-text or Markdown article into dateline, headline and paragraphs, and gives it a stable id and hash.</summary>
/// <remarks>
/// The text is kept whole (only a byte-order mark is dropped and line ends become "\n") so that quote offsets
/// from the engine point into exactly what is stored and shown.
/// </remarks>
public sealed class ArticleParser
{
    /// <summary>Longest line taken as a dateline ("GENEVA", "KYIV, Ukraine").</summary>
    public const int MaxDatelineLength = 40;

    /// <summary>Longest line taken as a headline.</summary>
    public const int MaxHeadlineLength = 160;

    /// <summary>Parses one article.</summary>
    /// <param name="source">Where it came from: a path relative to the content root (any slashes) or a URL.</param>
    /// <param name="text">The article text.</param>
    /// <param name="indexedAt">When it is being indexed.</param>
    /// <param name="publishedAt">When it was published, if known.</param>
    public ParsedArticle Parse(string source, string text, DateTimeOffset indexedAt, DateTimeOffset? publishedAt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(text);

        var normalizedSource = source.Replace('\\', '/');
        var normalizedText = NormalizeText(text);
        var lines = SplitLines(normalizedText);
        var next = 0;

        string? dateline = null;
        if (lines.Count > 1 && IsDateline(lines[0].Text))
        {
            dateline = lines[0].Text.Trim();
            next = 1;
        }

        string? headline = null;
        if (next < lines.Count - 1 && IsHeadline(lines[next].Text))
        {
            headline = lines[next].Text.Trim().TrimStart('#').Trim();
            next++;
        }

        var paragraphs = lines.Skip(next)
            .Select(line => Trim(normalizedText, line.Span))
            .Where(span => span.Length > 0)
            .ToList();

        var article = new Article(
            IdFor(normalizedSource),
            normalizedSource,
            dateline,
            headline,
            normalizedText,
            HashOf(normalizedText),
            publishedAt,
            indexedAt);
        return new ParsedArticle(article, paragraphs);
    }

    /// <summary>The stable article id for a source: 16 hex digits of the SHA-256 of its normalised path or URL.</summary>
    public static string IdFor(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(source.Replace('\\', '/')));
        return Convert.ToHexStringLower(bytes)[..16];
    }

    /// <summary>
    /// SHA-256 of the quote engine's version and the text's UTF-8 bytes, lower-case hex: an article is re-analysed
    /// when its text changes or when the engine that analysed it does.
    /// </summary>
    public static string HashOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(QuoteExtractor.Version + "\n" + text)));
    }

    /// <summary>Drops a byte-order mark and turns CRLF and CR line ends into LF.</summary>
    public static string NormalizeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private static bool IsDateline(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > MaxDatelineLength || !trimmed.Any(char.IsLetter))
        {
            return false;
        }

        // "GENEVA", "KYIV, Ukraine (Reuters) -" : the place name before any comma is all capitals.
        var place = trimmed.Split(',', 2)[0];
        return place.Where(char.IsLetter).All(char.IsUpper) && !trimmed.EndsWith('.');
    }

    private static bool IsHeadline(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('#'))
        {
            return true;
        }

        return trimmed.Length is > 0 and <= MaxHeadlineLength
            && !".!?\"”’:;,".Contains(trimmed[^1], StringComparison.Ordinal)
            && char.IsUpper(trimmed[0]);
    }

    private static List<(string Text, TextSpan Span)> SplitLines(string text)
    {
        var lines = new List<(string, TextSpan)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[start..end];
            if (line.Trim().Length > 0)
            {
                lines.Add((line, new TextSpan(start, end)));
            }

            start = end + 1;
        }

        return lines;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
