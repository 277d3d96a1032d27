using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>
/// Appositives around a speaker: "Kallas, the EU's top diplomat, said", "The company's chief executive, Jane Doe,
/// said", and one left open before the cue: "Anais Faraj, an analyst at Nomura told".
/// </summary>
internal static class Appositives
{
    /// <summary>
    /// The comma opening an appositive: the nearest one, unless a farther one sits between a name and a role
    /// ("Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said"),
    /// or a relative clause after a group noun ("the group, which includes Sun Equities Corp, said").
    /// </summary>
    public static int Start(ParsedText text, int k, int sentenceFirst)
    {
        var nearest = -1;
        for (var j = k; j >= sentenceFirst && j > k - 26; j--)
        {
            if (text.InQuote(j) || text.IsChar(j, ';'))
            {
                break;
            }

            if (!text.IsChar(j, ','))
            {
                continue;
            }

            if (nearest < 0)
            {
                nearest = j;
            }

            var opensRole = text.IsWord(j + 1) && !char.IsUpper(text.Word(j + 1)[0])
                && text.Has(j + 1, WordClass.Determiner | WordClass.PersonRole | WordClass.Title);
            if (opensRole && text.IsCapitalized(j - 1) || text.Is(j + 1, "who") && j + 2 == k + 1
                || text.Is(j + 1, "which") && text.IsWord(j - 1) && text.Has(j - 1, WordClass.Group))
            {
                return j;
            }
        }

        return nearest;
    }

    /// <summary>One to four capitalised words that are not function or calendar words: a bare name.</summary>
    public static bool IsBareName(ParsedText text, int first, int end)
    {
        if (end - first is < 1 or > 4)
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (!text.IsCapitalized(k) || text.Has(k, WordClass.FunctionWord) || text.Has(k, WordClass.Calendar))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Anais Faraj, an analyst at Nomura told": when the phrase before a cue is a role ("an analyst at ...") that
    /// follows a name and a comma, the speaker is that name; otherwise an empty range.
    /// </summary>
    public static PhraseRange NameBeforeOpenRole(ParsedText text, PhraseRange role, int sentenceFirst)
    {
        var comma = role.First - 1;
        if (!text.IsChar(comma, ',') || !(text.Is(role.First, "a") || text.Is(role.First, "an") || text.Is(role.First, "the"))
            || !HasRoleNoun(text, role))
        {
            return default;
        }

        var nameFirst = comma;
        while (nameFirst - 1 >= sentenceFirst && comma - nameFirst < 4 && text.IsCapitalized(nameFirst - 1)
               && !text.Has(nameFirst - 1, WordClass.FunctionWord))
        {
            nameFirst--;
        }

        return nameFirst < comma && IsBareName(text, nameFirst, comma) ? new PhraseRange(nameFirst, comma) : default;
    }

    private static bool HasRoleNoun(ParsedText text, PhraseRange range)
    {
        for (var k = range.First; k < range.End; k++)
        {
            if (text.IsWord(k) && !text.IsCapitalized(k) && text.Has(k, WordClass.PersonRole))
            {
                return true;
            }
        }

        return false;
    }
}
