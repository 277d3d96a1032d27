namespace DigestBot.Core.Language;

/// <summary>Splits a text into words, numbers, quotation marks and punctuation in one pass.</summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>; whitespace is dropped.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>((text.Length / 4) + 8);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c) || (IsApostrophe(c) && IsPossessiveAt(text, i)))
            {
                var start = i;
                i = ScanWord(text, i + 1);
                tokens.Add(new Token(start, i - start, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            tokens.Add(new Token(i, 1, QuoteMarks.IsDouble(c) ? TokenKind.QuoteMark : TokenKind.Punctuation));
            i++;
        }

        return tokens;
    }

    private static int ScanWord(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var nextIsWordChar = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (IsApostrophe(c) && nextIsWordChar)
            {
                // "Trump's" splits before the possessive so the name stands alone; "won't" stays whole.
                if (IsPossessiveAt(text, i))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (c is '.' or '-' or '&' or ':' && nextIsWordChar && char.IsLetterOrDigit(text[i - 1]))
            {
                if (c == ':' && !char.IsDigit(text[i - 1]))
                {
                    return i;
                }

                i++;
                continue;
            }

            return i;
        }

        return i;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
}
