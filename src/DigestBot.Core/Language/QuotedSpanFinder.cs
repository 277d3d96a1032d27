using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>
/// Pairs double quotation marks paragraph by paragraph. Any double mark closes an open quotation, so mismatched
/// pairs (“vital" or "ending”) still pair. An unclosed quotation continues into the next paragraph when that
/// paragraph opens with a mark (the print convention) or its first mark is a closing one (glued to the word before).
/// </summary>
internal static class QuotedSpanFinder
{
    /// <summary>
    /// Finds the quoted spans, in text order, visiting only the <paramref name="quoteMarks"/> (the indexes of the
    /// quotation mark tokens, from <see cref="MarkSorter"/>) paragraph by paragraph (<paramref name="paragraphStarts"/>).
    /// </summary>
    /// <remarks>Not inlined into <see cref="ParsedText"/>'s constructor (one call per text): its loop keeps its variables in registers.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static List<QuotedSpan> Find(
        string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> paragraphOf, ReadOnlySpan<int> quoteMarks, ReadOnlySpan<int> paragraphStarts)
    {
        var spans = new List<QuotedSpan>(16);
        var carry = false;
        var m = 0;
        for (var p = 0; p < paragraphStarts.Length; p++)
        {
            var first = paragraphStarts[p];
            var end = p + 1 < paragraphStarts.Length ? paragraphStarts[p + 1] : tokens.Length;
            var from = m;
            while (m < quoteMarks.Length && quoteMarks[m] < end)
            {
                m++;
            }

            var paragraphMarks = quoteMarks[from..m];
            var firstMark = paragraphMarks.IsEmpty ? -1 : paragraphMarks[0];
            var startsOpen = carry && firstMark > first && LooksClosing(text, tokens[firstMark]);
            carry = ScanParagraph(text, tokens, paragraphMarks, first, end, paragraphOf[first], startsOpen, carry, spans);
        }

        return spans;
    }

    private static bool ScanParagraph(
        string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> quoteMarks, int first, int end, int paragraph, bool startsOpen, bool carried,
        List<QuotedSpan> spans)
    {
        var openMark = -1;
        var contentFirst = startsOpen ? first : -1;
        var continues = startsOpen || (carried && tokens[first].Kind == TokenKind.QuoteMark);
        foreach (var i in quoteMarks)
        {
            if (contentFirst < 0)
            {
                openMark = i;
                contentFirst = i + 1;
                continue;
            }

            // "...on Robin. "It's just..." — paragraphs run together: a mark opening a sentence inside an open
            // quotation starts the next paragraph of it, so the quotation before it ends there unclosed.
            if (i > contentFirst && OpensAfterStop(text, tokens[i]))
            {
                Add(spans, new QuotedSpan(openMark, contentFirst, i, -1, paragraph, continues));
                openMark = i;
                contentFirst = i + 1;
                continues = true;
                continue;
            }

            Add(spans, new QuotedSpan(openMark, contentFirst, i, i, paragraph, continues));
            continues = false;
            openMark = -1;
            contentFirst = -1;
        }

        if (contentFirst < 0)
        {
            return false;
        }

        Add(spans, new QuotedSpan(openMark, contentFirst, end, -1, paragraph, continues));
        return true;
    }

    // A mark glued to the text before it and followed by a space, stop or end closes: early." — "We opens.
    private static bool LooksClosing(string text, Token mark)
    {
        var c = text[mark.Start];
        if (QuoteMarks.IsClosingOnly(c) || QuoteMarks.IsOpeningOnly(c))
        {
            return QuoteMarks.IsClosingOnly(c);
        }

        var before = mark.Start > 0 ? text[mark.Start - 1] : ' ';
        var after = mark.End < text.Length ? text[mark.End] : ' ';
        return !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
    }

    private static bool OpensAfterStop(string text, Token mark)
    {
        var c = text[mark.Start];
        var after = mark.End < text.Length ? text[mark.End] : ' ';
        var before = mark.Start - 1;
        if (QuoteMarks.IsClosingOnly(c) || before < 0 || !char.IsWhiteSpace(text[before]) || !char.IsLetterOrDigit(after))
        {
            return false;
        }

        while (before > 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        return text[before] is '.' or '?' or '!';
    }

    private static void Add(List<QuotedSpan> spans, QuotedSpan span)
    {
        if (span.Length > 0)
        {
            spans.Add(span);
        }
    }
}
