using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// The bare name of a mention: its words after any title and possessive (<see cref="Words"/>), or the same joined by
/// spaces written into a caller's buffer (<see cref="Write"/>), so the index can compare it with the names it holds
/// and allocate only a name it keeps.
/// </summary>
internal static class MentionName
{
    /// <summary>The words of the bare name of a mention: after title and possessive, brackets dropped.</summary>
    public static List<string> Words(ParsedText text, NameMention m)
    {
        var start = m.NameFirst;
        for (var k = m.NameFirst; k < m.End; k++)
        {
            if (text.IsPossessive(k))
            {
                start = k + 1;
            }
        }

        var words = new List<string>(m.End - start);
        for (var k = start; k < m.End; k++)
        {
            if (text.IsWord(k))
            {
                words.Add(text.WordString(k));
            }
            else if (text.IsChar(k, '.') && words.Count > 0)
            {
                words[^1] += "."; // an initial: "K.C. Maurer"
            }
        }

        return words;
    }

    /// <summary>
    /// Writes the name of <paramref name="m"/> into <paramref name="buffer"/>; gives its length and where its last
    /// word starts, or -1 when it does not fit.
    /// </summary>
    public static int Write(ParsedText text, NameMention m, Span<char> buffer, out int lastWordStart)
    {
        var start = m.NameFirst;
        for (var k = m.NameFirst; k < m.End; k++)
        {
            if (text.IsPossessive(k))
            {
                start = k + 1;
            }
        }

        return Write(text, start, m.End, buffer, out lastWordStart);
    }

    /// <summary>
    /// As <see cref="Write(ParsedText, NameMention, Span{char}, out int)"/> for a caller that knows where the bare
    /// name starts (<see cref="NameShape.Start"/>): the tokens are read once, with no second search for a possessive.
    /// </summary>
    public static int Write(ParsedText text, int start, int end, Span<char> buffer, out int lastWordStart)
    {
        var length = 0;
        lastWordStart = -1;
        for (var k = start; k < end; k++)
        {
            if (text.IsWord(k))
            {
                var word = text.Word(k);
                var separator = length > 0 ? 1 : 0;
                if (length + separator + word.Length > buffer.Length)
                {
                    return -1;
                }

                // The space is written every time and counted only after a word (the first word overwrites it):
                // whether a word is the first one is no branch.
                buffer[length] = ' ';
                length += separator;
                lastWordStart = length;
                word.CopyTo(buffer[length..]);
                length += word.Length;
            }
            else if (text.IsChar(k, '.') && lastWordStart >= 0)
            {
                if (length == buffer.Length)
                {
                    return -1;
                }

                buffer[length++] = '.'; // an initial: "K.C. Maurer"
            }
        }

        return length;
    }
}
