using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>
/// The engine's tokenizer: the same tokens as <see cref="Tokenizer.Tokenize"/>, written into pooled
/// <see cref="TokenColumns"/>, with each token's paragraph (a newline between tokens starts one), each word's
/// <see cref="WordKey"/> hash and its <see cref="Lexicon"/> classes and shape, all in one pass; it also records where
/// each paragraph starts, where the punctuation and quotation marks are (so the sentence splitter and the quotation
/// pairing visit only those positions instead of every token) and the hashes of the lower-case words.
/// </summary>
/// <remarks>
/// ASCII characters are classified by one lookup in <see cref="CharClasses"/> instead of the general <c>char</c>
/// tests. <see cref="Tokenizer.Tokenize"/>, the benchmark floor, is left as it is.
/// </remarks>
internal static class PooledTokenizer
{


    /// <summary>Tokenizes <paramref name="text"/> into new columns sized for it; the caller disposes them.</summary>
    public static TokenColumns Tokenize(string text)
    {
        var columns = new TokenColumns((text.Length / 4) + 8);
        var tokens = columns.Tokens;
        var hashes = columns.Hashes;
        var classes = columns.Classes;
        var paragraphOf = columns.ParagraphOf;
        var marks = columns.Marks;
        var starts = columns.ParagraphStarts;
        var lowerCaseHashes = columns.LowerCaseHashes;
        starts[0] = 0;
        var markCount = 0;
        var count = 0;
        var paragraph = 0;
        var lowerCase = 0;
        var newline = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var flags = CharClasses.Of(c);
            if ((flags & CharClasses.Space) != 0)
            {
                newline |= c == '\n';
                i++;
                continue;
            }

            if (count == tokens.Length)
            {
                (columns.MarkCount, columns.ParagraphCount, columns.LowerCaseWords) = (markCount, paragraph + 1, lowerCase);
                columns.Grow(count);
                (tokens, hashes, classes, paragraphOf) = (columns.Tokens, columns.Hashes, columns.Classes, columns.ParagraphOf);
                (marks, starts, lowerCaseHashes) = (columns.Marks, columns.ParagraphStarts, columns.LowerCaseHashes);
            }

            if (newline)
            {
                if (count > 0)
                {
                    starts[++paragraph] = count;
                }

                newline = false;
            }

            paragraphOf[count] = paragraph;
            if ((flags & CharClasses.WordChar) != 0 || (IsApostrophe(c) && IsPossessiveAt(text, i)))
            {
                var start = i;
                i = ScanWord(text, i + 1);
                var word = text.AsSpan(start, i - start);
                if ((flags & CharClasses.Digit) != 0)
                {
                    hashes[count] = 0;
                    classes[count] = WordClass.None;
                    tokens[count++] = new Token(start, word.Length, TokenKind.Number);
                }
                else
                {
                    var key = WordKey.At(text, start, word.Length);
                    hashes[count] = key.Hash;
                    var wordClasses = classes[count] = Lexicon.ClassesOf(key, word) | ShapeOf(word, flags);
                    // Written every time, kept only for the asked words: no branch on the word's case.
                    lowerCaseHashes[lowerCase] = key.Hash;
                    lowerCase += TokenColumns.IsAskedLowerCase(wordClasses) ? 1 : 0;
                    tokens[count++] = new Token(start, word.Length, TokenKind.Word);
                }

                continue;
            }

            hashes[count] = 0;
            classes[count] = WordClass.None;
            marks[markCount++] = count;
            tokens[count++] = new Token(i, 1, QuoteMarks.IsDouble(c) ? TokenKind.QuoteMark : TokenKind.Punctuation);
            i++;
        }

        columns.Count = count;
        columns.MarkCount = markCount;
        columns.ParagraphCount = count > 0 ? paragraph + 1 : 0;
        columns.LowerCaseWords = lowerCase;
        return columns;
    }

    // As Lexicon.ShapeOf, with the first character's case already known for ASCII; only a word ending in "y" can end
    // in "-ly".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static WordClass ShapeOf(ReadOnlySpan<char> word, byte flags)
    {
        var initial = (flags & CharClasses.Upper) != 0 ? WordClass.Capitalized
            : (flags & CharClasses.Lower) != 0 ? WordClass.LowerInitial | (Lexicon.IsParticleJoinedToName(word) ? WordClass.Capitalized : WordClass.None)
            : Lexicon.InitialShapeOf(word);
        return (word[^1] | 0x20) == 'y' ? initial | Lexicon.EndingShapeOf(word) : initial;
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

    // Tokenizer.ScanWord with the table's character classes, from any position inside a word.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanWordSlow(string text, int i)
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
