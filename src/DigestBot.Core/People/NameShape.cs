using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// The bare name of a mention by token positions, without building its words: how many words it has and which is
/// the last (the surname). Mirrors <see cref="MentionName.Words"/>.
/// </summary>
/// <param name="Words">Number of name words after any title and possessive.</param>
/// <param name="LastWord">Token index of the last name word, or -1.</param>
/// <param name="LastHasDot">True when the last word is an initial written with its dot ("K.").</param>
/// <param name="Start">First token of the bare name: after the last possessive, else the mention's name start.</param>
internal readonly record struct NameShape(int Words, int LastWord, bool LastHasDot, int Start)
{
    /// <summary>The shape of the bare name of <paramref name="m"/>.</summary>
    public static NameShape Of(ParsedText text, NameMention m)
    {
        // One pass: a possessive ("Trump's") starts the name again after it. Most tokens fail the inline length
        // test before the possessive call.
        // The token column and the text are read once, not through the text's properties per token.
        var tokens = text.Tokens;
        var chars = text.Text;
        var words = 0;
        var last = -1;
        var dot = false;
        var start = m.NameFirst;
        for (var k = m.NameFirst; k < m.End; k++)
        {
            var token = tokens[k];
            if (token.Length == 2 && text.IsPossessive(k))
            {
                (words, last, dot, start) = (0, -1, false, k + 1);
            }
            else if (token.Kind == TokenKind.Word)
            {
                words++;
                last = k;
                dot = false;
            }
            else if (token.Kind == TokenKind.Punctuation && chars[token.Start] == '.' && words > 0)
            {
                dot = true;
            }
        }

        return new NameShape(words, last, dot, start);
    }

    /// <summary>True when the last word is a title, role or group noun ("the Interior Minister").</summary>
    public bool EndsInRoleWord(ParsedText text) =>
        !LastHasDot && text.Has(LastWord, WordClass.Title | WordClass.PersonRole | WordClass.Group);
}
