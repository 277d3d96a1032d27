using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>
/// A statement introduced by a colon at the end of a paragraph and given, without quotation marks, in the next
/// one: <c>the Church denied these allegations:</c> then <c>She certainly wasn't forced to be there.</c>
/// The first sentence of the next paragraph is the statement.
/// </summary>
internal static class ColonRule
{
    /// <summary>Finds statements introduced by a colon and adds them to <paramref name="found"/> (one list for all rules).</summary>
    public static void Find(ParsedText text, bool[] headings, List<QuoteCandidate> found)
    {
        for (var s = 0; s + 1 < text.Sentences.Count; s++)
        {
            var sentence = text.Sentences[s];
            var next = text.Sentences[s + 1];
            var last = sentence.EndToken - 1;
            if (!text.IsChar(last, ':') || headings[sentence.Paragraph] || next.Paragraph != sentence.Paragraph + 1
                || text.IsQuoteMark(next.FirstToken) || headings[next.Paragraph])
            {
                continue;
            }

            for (var i = last - 1; i >= sentence.FirstToken; i--)
            {
                if (!text.IsWord(i) || text.InQuote(i) || !text.IsCue(i))
                {
                    continue;
                }

                var subject = SubjectFinder.Before(text, i, sentence.FirstToken);
                var end = ClauseBounds.EndOf(text, next.FirstToken, next.EndToken);
                if (!subject.IsEmpty && ClauseBounds.HasWords(text, next.FirstToken, end, 3))
                {
                    var kind = ClauseBounds.KindOf(text, next.FirstToken, end);
                    found.Add(new QuoteCandidate(next.FirstToken, end, kind, i, subject, default, -1, -1));
                }

                break;
            }
        }

    }
}
