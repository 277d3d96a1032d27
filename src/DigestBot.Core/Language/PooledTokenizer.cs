using System.Numerics;

namespace DigestBot.Core.Language;

/// <summary>
/// The engine's tokenizer: the same tokens as <see cref="Tokenizer.Tokenize"/>, written into pooled
/// <see cref="TokenColumns"/>, with each token's paragraph (a newline between tokens starts one), each word's
/// <see cref="WordKey"/> hash and its <see cref="Lexicon"/> classes and shape, in two passes (tokens here, then <see cref="WordClassPass"/>).
/// It also records where each paragraph starts, where the punctuation and quotation marks are (so the sentence
/// splitter and the quotation pairing visit only those positions instead of every token) and the hashes of the
/// lower-case words.
/// </summary>
/// <remarks>
/// Spaces and ASCII words are measured by counting bits of a <see cref="CharWindow"/> (one vector load) rather than a
/// loop per character, and an ASCII token is written without a branch on whether it is a word, a number or a
/// punctuation mark; anything else (non-ASCII, apostrophes, connectors inside a word, the last characters of the
/// text) takes the general path, one character at a time, with ASCII classified by one lookup in
/// <see cref="CharClasses"/>. <see cref="Tokenizer.Tokenize"/>, the benchmark floor, is left as it is.
/// </remarks>
internal static class PooledTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> into new columns sized for it; the caller disposes them.</summary>
    public static TokenColumns Tokenize(string text)
    {
        var columns = new TokenColumns((text.Length / 4) + 8);
        var tokens = columns.Tokens;
        var wordIndexes = columns.WordIndexes;
        var marks = columns.Marks;
        var starts = columns.ParagraphStarts;
        starts[0] = 0;
        var markCount = 0;
        var wordCount = 0;
        var count = 0;
        var paragraph = 0;
        var newline = false;
        var chars = text.AsSpan();
        var lastWindow = text.Length - CharWindow.Width;
        var i = 0;
        while (i < text.Length)
        {
            // Spaces are skipped by counting bits of a window; the window also serves the token after them.
            var window = default(CharWindow);
            var offset = -1;
            if (i <= lastWindow)
            {
                window = CharWindow.At(chars, i);
                var spaces = BitOperations.TrailingZeroCount(~window.Space);
                newline |= (window.Newline & ((1u << spaces) - 1)) != 0;
                i += spaces;
                if (spaces == CharWindow.Width)
                {
                    continue;
                }

                offset = spaces;
            }

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
                (columns.MarkCount, columns.ParagraphCount, columns.WordCount) = (markCount, paragraph + 1, wordCount);
                columns.Grow(count);
                tokens = columns.Tokens;
                (marks, starts, wordIndexes) = (columns.Marks, columns.ParagraphStarts, columns.WordIndexes);
            }

            if (newline)
            {
                if (count > 0)
                {
                    starts[++paragraph] = count;
                }

                newline = false;
            }

            if (offset >= 0 && c < 128 && c != '\'')
            {
                // An ASCII word, number or punctuation mark, written without a branch on which it is.
                var isWordOrNumber = flags & CharClasses.WordChar;
                var wordLength = BitOperations.TrailingZeroCount(~(window.Word >> offset));
                var end = i + wordLength;
                if (offset + wordLength == CharWindow.Width || ((window.JoinsWord >> (offset + wordLength)) & isWordOrNumber) != 0)
                {
                    end = GeneralTokenWriter.ScanWordSlow(text, end);
                }

                var length = end - i + (1 - isWordOrNumber); // a mark is one character
                var isWord = isWordOrNumber & ~(flags >> 1); // not a number: no digit bit
                wordIndexes[wordCount] = count;
                wordCount += isWord;
                marks[markCount] = count;
                markCount += 1 - isWordOrNumber;
                // Word 0 or number 1 from the digit bit; quotation mark 2 or punctuation 3; picked with a mask, not a branch.
                var markKind = 3 - (c == '"' ? 1 : 0);
                var kind = markKind + ((((flags >> 1) & 1) - markKind) & -isWordOrNumber);
                tokens[count++] = new Token(i, length, (TokenKind)kind);
                i += length;
                continue;
            }

            // Rare, so out of line: the loop above keeps its variables in registers.
            (columns.Count, columns.MarkCount, columns.WordCount) = (count, markCount, wordCount);
            i = GeneralTokenWriter.Write(columns, text, i, flags);
            (count, markCount, wordCount) = (columns.Count, columns.MarkCount, columns.WordCount);
        }

        columns.Count = count;
        columns.MarkCount = markCount;
        columns.WordCount = wordCount;
        columns.ParagraphCount = count > 0 ? paragraph + 1 : 0;
        FillParagraphs(columns);
        WordClassPass.Run(columns, text);
        return columns;
    }

    // Each token's paragraph, filled from the paragraph starts a run at a time rather than stored per token.
    private static void FillParagraphs(TokenColumns columns)
    {
        var starts = columns.ParagraphStarts.AsSpan(0, columns.ParagraphCount);
        for (var p = 0; p < starts.Length; p++)
        {
            var end = p + 1 < starts.Length ? starts[p + 1] : columns.Count;
            columns.ParagraphOf.AsSpan(starts[p], end - starts[p]).Fill(p);
        }
    }
}
