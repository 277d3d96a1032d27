using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>
/// Reported speech with its attribution after the statement or inside it: <c>Moscow escalated attacks, Kallas
/// said.</c>, <c>..., said Kallas.</c>, <c>The deal, he said, is vital.</c>
/// </summary>
internal static class TrailingAttribution
{
    /// <summary>
    /// "The deal, he said, is vital." / "The deal, said Kallas, is vital.": one statement in two pieces around its
    /// attribution; the quote is the pieces joined by a space and spans the whole.
    /// </summary>
    internal static QuoteCandidate? Interrupted(ParsedText text, Sentence sentence, int cue, PhraseRange subject, int open, int close)
    {
        if (!text.IsChar(open, ',') || !text.IsChar(close, ',') || text.InQuote(open - 1) || text.IsQuoteMark(sentence.FirstToken))
        {
            return null;
        }

        var first = sentence.FirstToken;
        var resume = close + 1;
        var end = ClauseBounds.EndOf(text, resume, sentence.EndToken);
        if (!ClauseBounds.HasWords(text, first, open, 2) || !ClauseBounds.HasWords(text, resume, end, 2)
            || !ReportedSpeechRule.IsClauseStart(text, first) || text.IsQuoteMark(resume) || IsParticipleCue(text, resume))
        {
            return null;
        }

        var kind = ClauseBounds.KindOf(text, first, end);
        return new QuoteCandidate(first, end, kind, cue, subject, default, -1, -1) { Gap = new PhraseRange(open, resume) };
    }

    /// <summary>"Moscow escalated attacks, said Kallas.": the cue comes before its subject.</summary>
    internal static QuoteCandidate? Inverted(ParsedText text, Sentence sentence, int cue)
    {
        var comma = cue - 1;
        if (!text.IsChar(comma, ',') || text.InQuote(comma - 1) || comma - sentence.FirstToken < 4)
        {
            return null;
        }

        var subject = SubjectFinder.After(text, cue, sentence.EndToken);
        var last = sentence.EndToken - 1;
        if (subject.IsEmpty || subject.End != last || !text.IsChar(last, '.') || !ReportedSpeechRule.IsClauseStart(text, sentence.FirstToken))
        {
            return null;
        }

        var first = sentence.FirstToken;
        return new QuoteCandidate(first, comma, ClauseBounds.KindOf(text, first, comma), cue, subject, default, -1, -1);
    }

    /// <summary>A statement followed by its attribution: "..., Kallas said."</summary>
    internal static QuoteCandidate? Backward(ParsedText text, Sentence sentence, int cue, PhraseRange subject)
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
        var participle = text.IsChar(after, ',') && IsParticipleCue(text, after + 1); // "..., analysts said, adding that ..."
        if (after < last && !participle || !(text.IsChar(last, '.') || text.IsChar(last, '!') || text.IsChar(last, '?'))
            || !ReportedSpeechRule.IsClauseStart(text, sentence.FirstToken))
        {
            return null;
        }

        var first = sentence.FirstToken;
        return new QuoteCandidate(first, comma, ClauseBounds.KindOf(text, first, comma), cue, subject, default, -1, -1);
    }

    /// <summary>"adding", "saying": a participle cue that carries on the statement's speaker.</summary>
    internal static bool IsParticipleCue(ParsedText text, int k) =>
        text.IsWord(k) && text.IsCue(k) && CueVerbs.IsParticiple(text.Word(k));
}
