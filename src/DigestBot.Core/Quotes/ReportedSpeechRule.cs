using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Quotes;

/// <summary>
/// Reported speech after a cue verb: <c>X said (that) ...</c>, <c>X told reporters ...</c>, <c>with X saying ...</c>,
/// <c>X said ... but warned that ...</c> (two statements, one speaker), and reported speech before its attribution:
/// <c>..., X said.</c> A clause holding a quotation is mixed.
/// </summary>
internal static class ReportedSpeechRule
{
    internal static readonly string[] NotClauseStarts =
    [
        "in", "on", "at", "during", "for", "to", "with", "by", "after", "before", "from", "about", "of", "via", "as",
        "also", "so", "and", "but", "or", "over", "into", "through", "against", "under", "up", "out", "off", "back",
        "goodbye", "hello", "yes", "no", "nothing", "something", "anything", "more", "much", "little", "here", "there",
        "while", "when", "if", "because", "since", "until", "without", "within", "across", "among", "between",
    ];

    /// <summary>Finds reported statements.</summary>
    public static List<QuoteCandidate> Find(ParsedText text, bool[] headings)
    {
        var found = new List<QuoteCandidate>();
        foreach (var sentence in text.Sentences)
        {
            if (headings[sentence.Paragraph])
            {
                continue;
            }

            var lastSubject = default(PhraseRange);
            var lastProduced = true;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!text.IsCue(i) || text.InQuote(i) || !text.IsCue(i, out var lemma)
                    || DirectQuoteRule.IsPassive(text, i) || IsNounUse(text, i))
                {
                    continue;
                }

                // ", said Kallas," / ", said Kallas." — an inverted cue names its subject after it.
                var invertedSubject = text.IsChar(i - 1, ',') ? SubjectFinder.After(text, i, sentence.EndToken) : default;
                var subject = invertedSubject.IsEmpty || !(text.IsChar(invertedSubject.End, ',') || invertedSubject.End == sentence.EndToken - 1)
                    ? SubjectFinder.Before(text, i, sentence.FirstToken)
                    : default;
                // "... but warned that ...", "tweeted to Mohamed and said ...": one subject, two cues.
                if (subject.IsEmpty && (ClauseBounds.IsCoordinatedCue(text, i - 1) || !lastProduced && text.Is(i - 1, "and")))
                {
                    subject = lastSubject;
                }

                if (subject.IsEmpty)
                {
                    var after = text.IsChar(i - 1, ',') ? SubjectFinder.After(text, i, sentence.EndToken) : default;
                    var inverted = after.IsEmpty ? null
                        : Interrupted(text, sentence, i, after, i - 1, after.End) ?? Inverted(text, sentence, i);
                    lastProduced = inverted is not null && Add(found, inverted);
                    continue;
                }

                lastSubject = subject;
                var candidate = Forward(text, sentence, i, lemma, subject) ?? Backward(text, sentence, i, subject)
                    ?? Interrupted(text, sentence, i, subject, subject.First - 1, i + 1);
                lastProduced = candidate is not null;
                if (candidate is not null)
                {
                    found.Add(candidate);
                }
            }
        }

        return found;
    }

    private static QuoteCandidate? Forward(ParsedText text, Sentence sentence, int cue, string lemma, PhraseRange subject)
    {
        var first = ContentStart(text, cue, sentence.EndToken, lemma);
        if (first < 0 || first >= sentence.EndToken)
        {
            return null;
        }

        var q = text.QuoteOf(first);
        if (q >= 0 && text.Quotes[q].EndToken >= sentence.EndToken - 1)
        {
            return null; // wholly a direct quote
        }

        var end = ClauseBounds.EndOf(text, first, sentence.EndToken);
        if (ClauseBounds.CountWords(text, first, end) < 3 || text.IsChar(end, ':'))
        {
            return null;
        }

        var appositive = DirectQuoteRule.Appositive(text, subject, cue);
        return new QuoteCandidate(first, end, ClauseBounds.KindOf(text, first, end), cue, subject, appositive, -1, -1);
    }

    // "The deal, he said, is vital." / "The deal, said Kallas, is vital.": one statement in two pieces around its
    // attribution; the quote is the pieces joined by a space and spans the whole.
    private static QuoteCandidate? Interrupted(ParsedText text, Sentence sentence, int cue, PhraseRange subject, int open, int close)
    {
        if (!text.IsChar(open, ',') || !text.IsChar(close, ',') || text.InQuote(open - 1) || text.IsQuoteMark(sentence.FirstToken))
        {
            return null;
        }

        var first = sentence.FirstToken;
        var resume = close + 1;
        var end = ClauseBounds.EndOf(text, resume, sentence.EndToken);
        if (ClauseBounds.CountWords(text, first, open) < 2 || ClauseBounds.CountWords(text, resume, end) < 2
            || !IsClauseStart(text, first) || text.IsQuoteMark(resume))
        {
            return null;
        }

        var kind = ClauseBounds.KindOf(text, first, end);
        return new QuoteCandidate(first, end, kind, cue, subject, default, -1, -1) { Gap = new PhraseRange(open, resume) };
    }

    private static bool Add(List<QuoteCandidate> found, QuoteCandidate candidate)
    {
        found.Add(candidate);
        return true;
    }

    // "Moscow escalated attacks, said Kallas." — the cue comes before its subject.
    private static QuoteCandidate? Inverted(ParsedText text, Sentence sentence, int cue)
    {
        var comma = cue - 1;
        if (!text.IsChar(comma, ',') || text.InQuote(comma - 1) || comma - sentence.FirstToken < 4)
        {
            return null;
        }

        var subject = SubjectFinder.After(text, cue, sentence.EndToken);
        var last = sentence.EndToken - 1;
        if (subject.IsEmpty || subject.End != last || !text.IsChar(last, '.') || !IsClauseStart(text, sentence.FirstToken))
        {
            return null;
        }

        var first = sentence.FirstToken;
        return new QuoteCandidate(first, comma, ClauseBounds.KindOf(text, first, comma), cue, subject, default, -1, -1);
    }

    private static QuoteCandidate? Backward(ParsedText text, Sentence sentence, int cue, PhraseRange subject)
    {
        // "Moscow escalated attacks, Kallas said." — the attribution closes the sentence.
        var comma = subject.First - 1;
        if (!text.IsChar(comma, ',') || text.InQuote(comma - 1) || comma - sentence.FirstToken < 4)
        {
            return null;
        }

        var after = cue + 1;
        while (after < sentence.EndToken && text.IsWord(after) && after - cue < 6)
        {
            after++;
        }

        var last = sentence.EndToken - 1;
        if (after < last || !(text.IsChar(last, '.') || text.IsChar(last, '!') || text.IsChar(last, '?'))
            || !IsClauseStart(text, sentence.FirstToken))
        {
            return null;
        }

        var first = sentence.FirstToken;
        return new QuoteCandidate(first, comma, ClauseBounds.KindOf(text, first, comma), cue, subject, default, -1, -1);
    }

    // "Recent reports have revealed", "the Court has ruled was": a cue word followed by an auxiliary is a noun
    // or sits in a relative clause.
    private static bool IsNounUse(ParsedText text, int i) =>
        text.Is(i + 1, "have") || text.Is(i + 1, "has") || text.Is(i + 1, "had") || text.Is(i + 1, "was")
        || text.Is(i + 1, "were") || text.Is(i + 1, "is") || text.Is(i + 1, "are") || text.Is(i + 1, "will")
        || text.Is(i + 1, "would") || text.Is(i + 1, "of");

    private static bool IsQuestionWord(ParsedText text, int k) =>
        text.Is(k, "how") || text.Is(k, "why") || text.Is(k, "what") || text.Is(k, "whether") || text.Is(k, "if")
        || text.Is(k, "when") || text.Is(k, "where") || text.Is(k, "who") || text.Is(k, "which");

    private static int ContentStart(ParsedText text, int cue, int sentenceEnd, string lemma)
    {
        // "told LA Weekly in a statement that ...": a "that" close after the cue opens the clause.
        for (var k = cue + 1; k < sentenceEnd && k < cue + 10; k++)
        {
            if (text.InQuote(k) || text.IsChar(k, ',') && k != cue + 1 || text.IsChar(k, '.') || text.IsChar(k, ';'))
            {
                break;
            }

            if (text.IsWord(k) && text.IsCue(k))
            {
                break;
            }

            if (text.Is(k, "that"))
            {
                return k + 1;
            }
        }

        var first = cue + 1;
        if (CueVerbs.TakesHearer(lemma) || lemma == "ask")
        {
            first = SkipHearer(text, first, sentenceEnd);
        }

        if (CueVerbs.NeedsThat(lemma) && !text.IsQuoteMark(first))
        {
            return -1;
        }

        if (lemma == "ask")
        {
            return IsQuestionWord(text, first) ? first : -1; // "asked how ...", not "asked them to ..."
        }

        return IsClauseStart(text, first) ? first : -1;
    }

    private static int SkipHearer(ParsedText text, int k, int sentenceEnd)
    {
        var start = k;
        if (text.IsWord(k) && text.Has(k, WordClass.Determiner))
        {
            k++;
        }

        while (k < sentenceEnd && k - start < 5 && (text.IsWord(k) && !text.IsCapitalized(k)
               && (text.Has(k, WordClass.Group) || text.Has(k, WordClass.PersonRole)
                   || text.Is(k, "reporters") || text.Is(k, "journalists") || text.Is(k, "him") || text.Is(k, "her")
                   || text.Is(k, "them") || text.Is(k, "us") || text.Is(k, "me"))))
        {
            k++;
        }

        return k;
    }

    private static bool IsClauseStart(ParsedText text, int k)
    {
        if (k >= text.Count || text.InQuote(k) && !text.IsQuoteMark(k))
        {
            return false;
        }

        if (text.IsQuoteMark(k) || text.Tokens[k].Kind == TokenKind.Number)
        {
            return true;
        }

        if (!text.IsWord(k))
        {
            return false;
        }

        return !text.Has(k, WordClass.NotClauseStart | WordClass.Cue | WordClass.EndsInLy);
    }
}
