using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>
/// A quotation introduced by a colon after a sentence with no speech verb: <c>Sunak defended the plan: "..."</c>,
/// <c>During the debate, the minister was blunt: "..."</c>. The speaker is the subject opening the sentence.
/// </summary>
internal static class ColonAttribution
{
    /// <summary>
    /// The subject of the sentence ending in the colon before a quotation, when it opens the sentence (or follows
    /// an opening phrase such as "During the debate,") and a verb follows it; otherwise an empty range.
    /// </summary>
    /// <param name="text">The parsed text.</param>
    /// <param name="sentence">The sentence holding the colon.</param>
    /// <param name="lastBeforeColon">The token before the colon.</param>
    public static PhraseRange Subject(ParsedText text, Sentence sentence, int lastBeforeColon)
    {
        var start = ClauseStart(text, sentence.FirstToken, lastBeforeColon);

        // "Sunak defended", "The prime minister Ana Silva defended", "She was blunt": the verb is the first
        // lower-case word after a name, a pronoun or a role noun.
        var verb = start;
        while (verb <= lastBeforeColon && !(IsLowerWord(text, verb) && verb > start && EndsSubject(text, verb - 1)
                                            && !text.Has(verb, WordClass.PersonRole | WordClass.Group)))
        {
            if (text.InQuote(verb) || text.IsChar(verb, ','))
            {
                return default;
            }

            verb++;
        }

        if (verb > lastBeforeColon || verb == start || !IsLowerWord(text, verb)
            || text.Has(verb, WordClass.FunctionWord | WordClass.NotClauseStart) || HasComma(text, verb, lastBeforeColon))
        {
            return default; // "The paper cited examples, including: ..." lists; it does not speak
        }

        var subject = SubjectFinder.Accept(text, new PhraseRange(start, verb));
        return subject.First == start || text.Has(start, WordClass.FunctionWord) ? subject : default;
    }

    // "During Prime Minister's Questions, Sunak defended ...": the clause starts after an opening phrase.
    private static int ClauseStart(ParsedText text, int first, int last)
    {
        if (!text.IsWord(first) || !text.Has(first, WordClass.NotClauseStart))
        {
            return first;
        }

        for (var k = first + 1; k < last; k++)
        {
            if (text.IsChar(k, ','))
            {
                return k + 1;
            }
        }

        return first;
    }

    private static bool HasComma(ParsedText text, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (text.IsChar(k, ',') && !text.InQuote(k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsSubject(ParsedText text, int k) =>
        text.IsWord(k) && (text.IsCapitalized(k) && !text.Has(k, WordClass.FunctionWord) || text.Has(k, WordClass.Pronoun)
            || text.Has(k, WordClass.PersonRole | WordClass.Group));

    private static bool IsLowerWord(ParsedText text, int k) => text.IsWord(k) && !text.IsCapitalized(k) && !text.IsPossessive(k);
}
