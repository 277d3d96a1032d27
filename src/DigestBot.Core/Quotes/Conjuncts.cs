using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>Coordinated subjects: the speaker of "X and Y said" is the first conjunct, when they are two.</summary>
internal static class Conjuncts
{
    /// <summary>
    /// "Smith and Jones said", "Both the school district and the police have asserted": a coordinated subject
    /// opening the sentence is named by its first conjunct. Returns <paramref name="range"/> otherwise.
    /// </summary>
    public static PhraseRange First(ParsedText text, PhraseRange range, int sentenceFirst)
    {
        var and = range.First - 1;
        if (!text.Is(and, "and"))
        {
            return range;
        }

        var first = and;
        while (first - 1 >= sentenceFirst && and - first < SubjectFinder.MaxPhrase && SubjectFinder.IsPhraseToken(text, first - 1))
        {
            first--;
        }

        // Both sides must be noun phrases of their own ("the police", "Jones"), not titles ("academic and professor X").
        var conjunct = first == sentenceFirst && OpensNounPhrase(text, range.First) && OpensNounPhrase(text, first)
            ? SubjectFinder.Accept(text, new PhraseRange(first, and))
            : default;
        // "the school district and the police"; "John Smith and Mary Jones". Not titles of one person ("Nigerian
        // oil minister and OPEC president X") nor a company named with "and" ("American Telephone and Telegraph Co").
        var separate = !conjunct.IsEmpty
            && (text.Has(conjunct.First, WordClass.Determiner) || text.Has(range.First, WordClass.Determiner)
                || IsPersonName(text, conjunct) && IsPersonName(text, range));
        return separate ? conjunct : range;
    }

    private static bool IsPersonName(ParsedText text, PhraseRange range)
    {
        if (range.End - range.First < 2)
        {
            return false;
        }

        for (var k = range.First; k < range.End; k++)
        {
            if (!text.IsCapitalized(k) || text.Has(k, WordClass.Group | WordClass.FunctionWord))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpensNounPhrase(ParsedText text, int k) =>
        text.IsWord(k) && (text.Has(k, WordClass.Determiner) || text.IsCapitalized(k) && !text.Has(k, WordClass.FunctionWord)
            || text.Is(k, "both") && OpensNounPhrase(text, k + 1));
}
