using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>The text of a role phrase as roles are stored and compared ("top diplomat", "EU's top diplomat").</summary>
internal static class RolePhraseText
{
    /// <summary>The role phrase between <paramref name="first"/> and <paramref name="end"/>, without its determiners.</summary>
    /// <remarks>
    /// The words joined by spaces, a possessive kept on its word ("the EU's top diplomat"), built in a stack buffer:
    /// one string per phrase instead of a string per word, a list and a join.
    /// </remarks>
    public static string Of(ParsedText text, int first, int end)
    {
        while (first < end && text.IsWord(first) && text.Has(first, WordClass.Determiner))
        {
            first++;
        }

        Span<char> buffer = stackalloc char[256];
        var length = 0;
        var words = 0;
        for (var k = first; k < end; k++)
        {
            var possessive = text.IsPossessive(k) && words > 0;
            if (!possessive && !text.IsWord(k) && text.Tokens[k].Kind != TokenKind.Number)
            {
                continue;
            }

            var word = text.Word(k);
            var separator = possessive || words == 0 ? 0 : 1;
            if (length + separator + word.Length > buffer.Length)
            {
                return LongRoleText(text, first, end);
            }

            if (separator > 0)
            {
                buffer[length++] = ' ';
            }

            word.CopyTo(buffer[length..]);
            length += word.Length;
            words += possessive ? 0 : 1;
        }

        return buffer[..length].ToString();
    }

    private static string LongRoleText(ParsedText text, int first, int end)
    {
        var words = new List<string>(end - first);
        for (var k = first; k < end; k++)
        {
            if (text.IsPossessive(k) && words.Count > 0)
            {
                words[^1] += text.WordString(k);
            }
            else if (text.IsWord(k) || text.Tokens[k].Kind == TokenKind.Number)
            {
                words.Add(text.WordString(k));
            }
        }

        return string.Join(' ', words);
    }
}
