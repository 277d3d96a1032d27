using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Quotes;

/// <summary>Attribution by "according to": <c>According to X, ...</c> and <c>..., according to X.</c></summary>
internal static class AccordingToRule
{
    /// <summary>Finds statements attributed with "according to" and adds them to <paramref name="found"/> (one list for all rules).</summary>
    public static void Find(ParsedText text, bool[] headings, List<QuoteCandidate> found)
    {
        for (var i = TokenScan.NextAccording(text, 0); i >= 0; i = TokenScan.NextAccording(text, i + 1))
        {
            if (!text.Is(i + 1, "to") || text.InQuote(i) || headings[text.ParagraphOf[i]])
            {
                continue;
            }

            var sentence = text.SentenceAt(i);
            var subject = Source(text, i + 2, sentence.EndToken);
            if (subject.IsEmpty)
            {
                continue;
            }

            int first, end;
            if (i == sentence.FirstToken || text.IsChar(i - 1, ',') && i - 1 == sentence.FirstToken)
            {
                first = text.IsChar(subject.End, ',') ? subject.End + 1 : subject.End;
                end = ClauseBounds.EndOf(text, first, sentence.EndToken);
            }
            else if (text.IsChar(i - 1, ','))
            {
                first = sentence.FirstToken;
                end = i - 1;
            }
            else
            {
                continue;
            }

            if (ClauseBounds.HasWords(text, first, end, 3))
            {
                found.Add(new QuoteCandidate(first, end, ClauseBounds.KindOf(text, first, end), i, subject, default, -1, -1));
            }
        }

    }

    /// <summary>The source phrase after "according to" ("the Saudi Interior Ministry"), or an empty range.</summary>
    public static PhraseRange Source(ParsedText text, int k, int sentenceEnd)
    {
        var first = k;
        var end = k;
        while (end < sentenceEnd && end - first < 10 && !text.InQuote(end))
        {
            var fits = text.IsCapitalized(end) || text.IsPossessive(end)
                || end == first && text.Has(end, WordClass.Determiner)
                || text.IsWord(end) && (text.Has(end, WordClass.Group | WordClass.PersonRole)
                    || text.Has(end, WordClass.NameParticle) && text.IsCapitalized(end + 1)
                    || !char.IsUpper(text.Word(end)[0]) && end > first && text.Has(end + 1, WordClass.Group | WordClass.PersonRole));
            if (!fits)
            {
                break;
            }

            end++;
        }

        var range = new PhraseRange(first, end);
        return SubjectFinder.EndsInSpeaker(text, range) ? range : default;
    }
}
