using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>
/// Direct quotes: text in quotation marks with its attribution after it (<c>"X," she said</c>, <c>"X," said Kallas</c>)
/// or before it (<c>Rathbun wrote, "X"</c>, <c>Obama tweeted: "X"</c>). A quote without its own attribution shares the
/// speaker of the previous quote in its paragraph (<c>"X," she said. "Y."</c>) or of the quotation it continues.
/// Quotes in headings, and short unattributed ones (titles, scare quotes), are not statements.
/// </summary>
internal static class DirectQuoteRule
{
    /// <summary>Finds the direct quotes of a text.</summary>
    public static List<QuoteCandidate> Find(ParsedText text, bool[] headings) =>
        Find(text, headings, new List<QuoteCandidate>(text.Quotes.Count)); // at most one per quoted span

    /// <summary>Finds the direct quotes of a text and adds them to <paramref name="found"/>, which it returns.</summary>
    public static List<QuoteCandidate> Find(ParsedText text, bool[] headings, List<QuoteCandidate> found)
    {
        var attributedSpan = -1;
        for (var q = 0; q < text.Quotes.Count; q++)
        {
            var span = text.Quotes[q];
            if (headings[span.Paragraph] || !HasWords(text, span))
            {
                continue;
            }

            var (cue, subject) = Trailing(text, span);
            if (subject.IsEmpty)
            {
                (cue, subject) = Leading(text, span);
            }

            var inherits = -1;
            if (subject.IsEmpty && attributedSpan >= 0 && SharesSpeaker(text, text.Quotes[attributedSpan], span))
            {
                inherits = attributedSpan;
            }

            if (subject.IsEmpty && inherits < 0)
            {
                continue;
            }

            var appositive = subject.IsEmpty ? default : Appositive(text, subject, cue);
            found.Add(new QuoteCandidate(span.ContentFirst, span.ContentEnd, QuoteKind.Direct, cue, subject, appositive, q, inherits));
            attributedSpan = q;
        }

        return found;
    }

    /// <summary>A role phrase between commas right after the subject: "Kallas, the EU's top diplomat, said".</summary>
    public static PhraseRange Appositive(ParsedText text, PhraseRange subject, int cue)
    {
        if (cue < 0 || cue < subject.End || !text.IsChar(subject.End, ','))
        {
            return default;
        }

        for (var k = subject.End + 1; k < cue; k++)
        {
            if (text.IsChar(k, ','))
            {
                return new PhraseRange(subject.End + 1, k);
            }
        }

        return default;
    }

    private static bool SharesSpeaker(ParsedText text, QuotedSpan previous, QuotedSpan span)
    {
        if (span.ContinuesPrevious)
        {
            return true;
        }

        // "X," she said. "Y." — the second quotation opens a sentence; a title mid-sentence does not.
        if (text.SentenceAt(span.FirstToken).FirstToken != span.FirstToken)
        {
            return false;
        }

        if (previous.Paragraph == span.Paragraph)
        {
            return true;
        }

        // A paragraph that is nothing but a quotation carries on the speaker of the paragraph before.
        return span.Paragraph == previous.Paragraph + 1 && span.FirstToken > 0
            && text.ParagraphOf[span.FirstToken - 1] != span.Paragraph && IsWholeParagraph(text, span);
    }

    private static bool IsWholeParagraph(ParsedText text, QuotedSpan span)
    {
        var end = span.EndToken;
        return end >= text.Count || text.ParagraphOf[end] != span.Paragraph
            || (end + 1 >= text.Count || text.ParagraphOf[end + 1] != span.Paragraph) && text.Tokens[end].Kind == TokenKind.Punctuation;
    }

    private static bool HasWords(ParsedText text, QuotedSpan span)
    {
        // Stops at the third word: quotations run to whole paragraphs.
        var words = 0;
        for (var k = span.ContentFirst; k < span.ContentEnd && words < 3; k++)
        {
            words += text.IsWord(k) ? 1 : 0;
        }

        return words >= 3;
    }

    private static (int Cue, PhraseRange Subject) Trailing(ParsedText text, QuotedSpan span)
    {
        if (span.CloseMark < 0)
        {
            return (-1, default);
        }

        var t = span.CloseMark + 1;
        var lastInside = span.ContentEnd - 1;
        var openEnded = text.IsChar(lastInside, ',') || text.IsChar(lastInside, '!') || text.IsChar(lastInside, '?')
            || text.IsChar(lastInside, '-') || text.IsChar(t, ',') || (text.IsWord(t) && !text.IsCapitalized(t));
        if (text.IsChar(t, ','))
        {
            t++;
        }

        if (!openEnded || t >= text.Count || text.ParagraphOf[t] != span.Paragraph)
        {
            return (-1, default);
        }

        // "...," according to the ministry.
        if (text.Is(t, "according") && text.Is(t + 1, "to"))
        {
            return (t, AccordingToRule.Source(text, t + 2, text.SentenceAt(t).EndToken));
        }

        for (var j = t; j < text.Count && j < t + 24 && text.ParagraphOf[j] == span.Paragraph; j++)
        {
            if (text.InQuote(j) || text.Tokens[j].Kind == TokenKind.Punctuation && !text.IsChar(j, '-') && !text.IsChar(j, ','))
            {
                break;
            }

            if (text.IsCue(j))
            {
                var sentenceEnd = text.SentenceAt(j).EndToken;
                var subject = j == t ? SubjectFinder.After(text, j, sentenceEnd) : SubjectFinder.Before(text, j, t);
                return (j, subject);
            }
        }

        return (-1, default);
    }

    private static (int Cue, PhraseRange Subject) Leading(ParsedText text, QuotedSpan span)
    {
        var k = span.FirstToken - 1;
        if (k < 0 || span.ContinuesPrevious)
        {
            return (-1, default);
        }

        // "said "X"" needs the cue right before; "wrote, "X"" allows a short hearer ("told GB News, "X"");
        // "tweeted using his account: "X"" allows anything in the sentence.
        var colon = text.IsChar(k, ':');
        var comma = text.IsChar(k, ',');
        if (colon || comma)
        {
            k--;
        }

        if (text.InQuote(k) || k < 0)
        {
            return (-1, default);
        }

        var sentence = text.SentenceAt(k);
        var reach = colon ? k : comma ? 3 : 0;
        var stop = Math.Max(sentence.FirstToken, k - reach);
        for (var j = k; j >= stop; j--)
        {
            if (text.InQuote(j))
            {
                break;
            }

            if (text.IsWord(j) && text.IsCue(j) && !IsPassive(text, j))
            {
                return (j, SubjectFinder.Before(text, j, sentence.FirstToken));
            }
        }

        return colon && span.ContentFirst < text.Count && text.IsCapitalized(span.ContentFirst)
            ? (-1, ColonAttribution.Subject(text, sentence, k))
            : (-1, default);
    }

    /// <summary>True for "was told", "is said": the subject is the hearer, not the speaker.</summary>
    public static bool IsPassive(ParsedText text, int cue) => PassiveAuxiliaries.Contains(text, cue - 1);

    private static readonly WordList PassiveAuxiliaries = new("was", "were", "is", "are", "been", "be", "being");
}
