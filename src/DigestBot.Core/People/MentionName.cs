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

        var length = 0;
        lastWordStart = -1;
        for (var k = start; k < m.End; k++)
        {
            if (text.IsWord(k))
            {
                var word = text.Word(k);
                var separator = length > 0 ? 1 : 0;
                if (length + separator + word.Length > buffer.Length)
                {
                    return -1;
                }

                if (separator > 0)
                {
                    buffer[length++] = ' ';
                }

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
