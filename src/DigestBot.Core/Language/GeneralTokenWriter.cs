using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>
/// The tokenizer's general path: writes the one token at a position that <see cref="PooledTokenizer"/>'s ASCII fast
/// path does not take (a non-ASCII character, an apostrophe, or the text's last characters), one character at a time,
/// with ASCII classified by one lookup in <see cref="CharClasses"/>.
/// </summary>
internal static class GeneralTokenWriter
{
    /// <summary>
    /// Writes the token at <paramref name="i"/> (not a space; <paramref name="flags"/> are its first character's
    /// classes) after the <see cref="TokenColumns.Count"/> already written, and returns the position after it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Write(TokenColumns columns, string text, int i, byte flags)
    {
        var c = text[i];
        var count = columns.Count;
        columns.Count = count + 1;
        if ((flags & CharClasses.WordChar) != 0 || (IsApostrophe(c) && IsPossessiveAt(text, i)))
        {
            var start = i;
            i = ScanWord(text, i + 1);
            var word = text.AsSpan(start, i - start);
            var isWord = (flags & CharClasses.Digit) == 0;
            if (isWord)
            {
                columns.WordIndexes[columns.WordCount++] = count;
            }

            columns.Tokens[count] = new Token(start, word.Length, isWord ? TokenKind.Word : TokenKind.Number);
            return i;
        }

        columns.Marks[columns.MarkCount++] = count;
        columns.Tokens[count] = new Token(i, 1, QuoteMarks.IsDouble(c) ? TokenKind.QuoteMark : TokenKind.Punctuation);
        return i + 1;
    }

    // Tokenizer.ScanWord: the common case, a run of ASCII letters and digits, in a tight inlined loop; a connector
    // ("won't", "U.S.", "12:30") or a non-ASCII character goes on in the general loop.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanWord(string text, int i)
    {
        var chars = text.AsSpan();
        while ((uint)i < (uint)chars.Length && chars[i] < 128 && (CharClasses.Ascii[chars[i]] & CharClasses.WordChar) != 0)
        {
            i++;
        }

        return (uint)i < (uint)chars.Length && chars[i] is >= (char)128 or '\'' or '.' or '-' or '&' or ':' ? ScanWordSlow(text, i) : i;
    }

    /// <summary>Tokenizer.ScanWord with the table's character classes, from any position inside a word: where the word ends.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int ScanWordSlow(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClasses.IsWordChar(c))
            {
                i++;
                continue;
            }

            var nextIsWordChar = i + 1 < text.Length && CharClasses.IsWordChar(text[i + 1]);
            if (IsApostrophe(c) && nextIsWordChar)
            {
                if (IsPossessiveAt(text, i))
                {
                    break;
                }

                i++;
                continue;
            }

            if (c is '.' or '-' or '&' or ':' && nextIsWordChar && CharClasses.IsWordChar(text[i - 1]))
            {
                if (c == ':' && !char.IsDigit(text[i - 1]))
                {
                    break;
                }

                i++;
                continue;
            }

            break;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !CharClasses.IsWordChar(text[i + 2]));
}
