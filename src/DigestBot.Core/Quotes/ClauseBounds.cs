using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>Where a reported clause ends: the sentence end, stretched to close a quotation opened inside it.</summary>
internal static class ClauseBounds
{
    private static readonly int ButHash = CaseFold.Hash("but");
    private static readonly int AndHash = CaseFold.Hash("and");

    /// <summary>The end token of a clause starting at <paramref name="first"/>, without the final full stop.</summary>
    public static int EndOf(ParsedText text, int first, int sentenceEnd)
    {
        var end = sentenceEnd;
        var tokens = text.Tokens;
        var hashes = text.Hashes;
        var chars = text.Text;
        for (var k = first; k < end; k++)
        {
            var q = text.QuoteOf(k);
            if (q >= 0)
            {
                if (text.Quotes[q].EndToken > end && text.Quotes[q].Paragraph == text.ParagraphOf[first])
                {
                    end = text.Quotes[q].EndToken; // a multi-sentence quotation opened in the clause
                }

                continue; // nothing inside a quotation cuts the clause
            }

            // Only "but", "and" or a comma can cut. Their hashes and the comma are compared without a branch, so the
            // one branch taken is rare and well predicted (a length or kind test passed one token in four).
            var h = hashes[k];
            var mayCut = (h == ButHash) | (h == AndHash) | (chars[tokens[k].Start] == ',');
            if (mayCut && k > first && CutsBefore(text, k))
            {
                return Trim(text, first, k);
            }
        }

        return Trim(text, first, end);
    }

    /// <summary>True when at least <paramref name="minimum"/> word or number tokens lie between two indexes.</summary>
    /// <remarks>Stops at the <paramref name="minimum"/>th: callers only ask whether a clause is long enough.</remarks>
    public static bool HasWords(ParsedText text, int first, int end, int minimum)
    {
        var tokens = text.Tokens;
        for (var k = first; k < end; k++)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number && --minimum <= 0)
            {
                return true;
            }
        }

        return minimum <= 0;
    }

    /// <summary>The kind of a reported clause: mixed when it holds a quotation mark.</summary>
    public static QuoteKind KindOf(ParsedText text, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (text.IsQuoteMark(k))
            {
                return QuoteKind.Mixed;
            }
        }

        return QuoteKind.Indirect;
    }

    /// <summary>True at "but warned ..." or "and added that ...": the same speaker's next statement.</summary>
    public static bool IsCoordinatedCue(ParsedText text, int k) =>
        (text.Is(k, "but") || text.Is(k, "and") && text.Is(k + 2, "that")) && !text.InQuote(k + 1)
        && text.IsWord(k + 1) && text.IsCue(k + 1);

    // Called outside quotations, after the clause's first token.
    private static bool CutsBefore(ParsedText text, int k)
    {
        // "... is vital but warned that ...": the same speaker's next statement starts a new clause.
        if (IsCoordinatedCue(text, k))
        {
            return true;
        }

        // "..., according to X." and "..., she said." belong to the attribution, not the statement; "..., adding
        // that ..." is the same speaker's next statement.
        return text.IsChar(k, ',') && (text.Is(k + 1, "according") || IsTrailingAttribution(text, k + 1)
            || TrailingAttribution.IsParticipleCue(text, k + 1));
    }

    private static bool IsTrailingAttribution(ParsedText text, int k)
    {
        var sentenceEnd = text.SentenceAt(k).EndToken;
        for (var j = k; j < sentenceEnd && j < k + 6; j++)
        {
            if (text.IsWord(j) && text.IsCue(j))
            {
                var after = j + 1;
                return (after >= sentenceEnd - 1 || text.IsChar(after, '.')) && !SubjectFinder.Before(text, j, k).IsEmpty
                    || j == k && !SubjectFinder.After(text, j, sentenceEnd).IsEmpty;
            }

            if (!text.IsWord(j))
            {
                return false;
            }
        }

        return false;
    }

    private static int Trim(ParsedText text, int first, int end)
    {
        while (end > first && text.Tokens[end - 1].Kind == TokenKind.Punctuation
               && (text.IsChar(end - 1, '.') || text.IsChar(end - 1, ',') || text.IsChar(end - 1, ';') || text.IsChar(end - 1, ':')))
        {
            end--;
        }

        return end;
    }
}
