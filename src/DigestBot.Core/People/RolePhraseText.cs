using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>The text of a role phrase as roles are stored and compared ("top diplomat", "EU's top diplomat").</summary>
internal static class RolePhraseText
{
    /// <summary>The role phrase between <paramref name="first"/> and <paramref name="end"/>, without its determiners.</summary>
    /// <remarks>
    /// The words joined by spaces, a possessive kept on its word ("the EU's top diplomat"), built in one buffer: one
    /// string per phrase instead of a string per word, a list and a join. The result is never longer than the phrase's
    /// own text (words keep their characters; what stood between two of them, at least one character except before a
    /// possessive, becomes one space or nothing), so that length sizes the buffer.
    /// </remarks>
    public static string Of(ParsedText text, int first, int end)
    {
        while (first < end && text.IsWord(first) && text.Has(first, WordClass.Determiner))
        {
            first++;
        }

        var bound = first < end ? text.Tokens[end - 1].End - text.Tokens[first].Start : 0;
        Span<char> buffer = bound <= 256 ? stackalloc char[256] : new char[bound];
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
}
