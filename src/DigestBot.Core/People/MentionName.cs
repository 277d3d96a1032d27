using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// Writes the bare name of a mention into a caller's buffer, exactly as <see cref="PeopleIndex.NameWords"/> joined
/// by spaces reads, so the index can compare it with the names it holds and allocate only a name it keeps.
/// </summary>
internal static class MentionName
{
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
