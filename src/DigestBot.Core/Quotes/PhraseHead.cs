using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>
/// The head of a subject phrase with a prepositional modifier: in "figures from the Council of Mortgage Lenders"
/// the head is "figures", a thing that cannot speak, though the phrase ends in a name.
/// </summary>
internal static class PhraseHead
{
    /// <summary>
    /// True when a lower-case noun that is neither a role nor a group ("figures", "a survey") comes before the
    /// first preposition of the phrase: the phrase names a thing, not a speaker.
    /// </summary>
    public static bool NamesAThing(ParsedText text, PhraseRange range)
    {
        for (var k = range.First + 1; k < range.End - 1; k++)
        {
            if (!IsPreposition(text, k))
            {
                continue;
            }

            var head = k - 1;
            return text.IsWord(head) && !text.IsCapitalized(head) && !text.IsPossessive(head)
                && !text.Has(head, WordClass.PersonRole | WordClass.Group | WordClass.Title | WordClass.Determiner | WordClass.Pronoun);
        }

        return false;
    }

    private static bool IsPreposition(ParsedText text, int k) =>
        text.Is(k, "of") || text.Is(k, "from") || text.Is(k, "for") || text.Is(k, "at") || text.Is(k, "in")
        || text.Is(k, "by") || text.Is(k, "with");
}
