using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>
/// Where the reported clause after a cue verb starts: after "that", after the hearer of "told reporters", after a
/// question word for "asked how"; nowhere for a request ("urged the club to reject").
/// </summary>
internal static class ReportedContent
{
    private static readonly int ThatHash = CaseFold.Hash("that");

    private static bool IsQuestionWord(ParsedText text, int k) =>
        text.Is(k, "how") || text.Is(k, "why") || text.Is(k, "what") || text.Is(k, "whether") || text.Is(k, "if")
        || text.Is(k, "when") || text.Is(k, "where") || text.Is(k, "who") || text.Is(k, "which");

    /// <summary>Where the reported clause after the cue starts, or -1 when none does.</summary>
    public static int Start(ParsedText text, int cue, int sentenceEnd, string lemma)
    {
        // "told LA Weekly in a statement that ...": a "that" close after the cue opens the clause. The stop tests
        // read the token's character once and combine without branches (only cue words carry the cue class, only
        // "that" has its hash), so each token costs one rarely-taken branch per outcome.
        var tokens = text.Tokens;
        var chars = text.Text;
        var hashes = text.Hashes;
        for (var k = cue + 1; k < sentenceEnd && k < cue + 10; k++)
        {
            var c = chars[tokens[k].Start];
            var stop = (tokens[k].Kind == TokenKind.Punctuation) & (((c == ',') & (k != cue + 1)) | (c == '.') | (c == ';'));
            if (stop || text.InQuote(k) || text.Has(k, WordClass.Cue))
            {
                break;
            }

            if (hashes[k] == ThatHash && text.Is(k, "that"))
            {
                return k + 1;
            }
        }

        var first = cue + 1;
        var takesHearer = CueVerbs.TakesHearer(lemma);
        var ask = lemma == "ask";
        if (takesHearer || ask)
        {
            first = SkipHearer(text, first, sentenceEnd);
        }

        if (CueVerbs.NeedsThat(lemma) && !text.IsQuoteMark(first))
        {
            return -1;
        }

        if (ask)
        {
            return IsQuestionWord(text, first) ? first : -1; // "asked how ...", not "asked them to ..."
        }

        if (takesHearer && IsDirective(text, first, sentenceEnd))
        {
            return -1; // "urged the club to reject the deal", "warned farmers not to rely on aid": a request
        }

        return ReportedSpeechRule.IsClauseStart(text, first) ? first : -1;
    }

    // An infinitive right after the hearer ("the federal government to cut") makes the cue a request.
    private static bool IsDirective(ParsedText text, int first, int sentenceEnd)
    {
        for (var k = first; k < sentenceEnd && k < first + 3; k++)
        {
            if (text.Is(k, "to") && text.IsWord(k + 1) && !text.IsCapitalized(k + 1) && !text.Has(k + 1, WordClass.Determiner))
            {
                return true;
            }

            if (!text.IsWord(k) || text.IsCapitalized(k) && k > first || text.Has(k, WordClass.Pronoun))
            {
                return false;
            }
        }

        return false;
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

    /// <summary>True for "told the BBC: \"...\"": a hearer, a colon and a quotation.</summary>
    public static bool HearerThenColon(ParsedText text, int first, int sentenceEnd)
    {
        for (var k = first; k < sentenceEnd && k < first + 8 && !text.InQuote(k); k++)
        {
            if (text.IsChar(k, ':'))
            {
                return text.IsQuoteMark(k + 1);
            }
        }

        return false;
    }
}
