using System.Numerics;
using System.Runtime.CompilerServices;

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
/// Spaces and ASCII words are measured by counting bits of a <see cref="CharBlock"/> (64 characters classified at
/// once) rather than a loop per character, and an ASCII token is written without a branch on whether it is a word, a
/// number or a punctuation mark. Up to the next irregular character (<see cref="CharBlock.Irregular"/>) or line feed,
/// the tokens are taken straight from the block's token starts (the plain run: its tokens do not wait for each other,
/// and the room in the columns is checked once per run); the rest one at a time; anything else (non-ASCII, apostrophes, connectors inside a word) takes the general
/// path, one character at a time, with ASCII classified by one lookup in <see cref="CharClasses"/>. The text's last
/// characters are read from a block padded with spaces. <see cref="Tokenizer.Tokenize"/>, the benchmark floor, is
/// left as it is.
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
        var nextNewline = NewlineFrom(text, 0);
        var chars = text.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            var blockStart = i;
            var block = i + CharBlock.Width <= text.Length ? CharBlock.At(chars, i) : CharBlock.AtEnd(chars, i);
            var nonSpace = ~block.Space;
            var p = 0; // i - blockStart
            while (true)
            {
                var rest = nonSpace >> p; // spaces are skipped by counting bits
                if (rest == 0)
                {
                    i = blockStart + CharBlock.Width;
                    break;
                }

                p += BitOperations.TrailingZeroCount(rest);

                // The plain run: every token from p up to the next irregular character or line feed, taken from the
                // block's token starts with no loop-carried work but clearing a bit, so the tokens overlap in the
                // processor. The word that reaches the run's end may go on past it and is left to the general step.
                var limit = Math.Min(p + BitOperations.TrailingZeroCount(block.Irregular >> p), Math.Min(CharBlock.Width, nextNewline - blockStart));
                if (limit > p)
                {
                    var run = block.TokenStarts & (ulong.MaxValue >> (CharBlock.Width - limit)) & (ulong.MaxValue << p);
                    var after = limit;
                    if (((block.Word >> (limit - 1)) & 1) != 0)
                    {
                        after = CharBlock.Width - 1 - BitOperations.LeadingZeroCount(run); // the last word's start
                        run &= ~(1UL << after);
                    }

                    // Room for the whole run, checked once rather than per token.
                    while (count + BitOperations.PopCount(run) > tokens.Length)
                    {
                        (columns.MarkCount, columns.ParagraphCount, columns.WordCount) = (markCount, paragraph + 1, wordCount);
                        columns.Grow(count);
                        tokens = columns.Tokens;
                        (marks, starts, wordIndexes) = (columns.Marks, columns.ParagraphStarts, columns.WordIndexes);
                    }

                    for (; run != 0; run &= run - 1)
                    {
                        var s = BitOperations.TrailingZeroCount(run);
                        var bits = block.Word >> s;
                        var wordOrNumber = (int)bits & 1;
                        var first = text[blockStart + s];
                        var isNumber = (uint)(first - '0') < 10 ? 1 : 0;
                        wordIndexes[wordCount] = count;
                        wordCount += wordOrNumber & ~isNumber;
                        marks[markCount] = count;
                        markCount += 1 - wordOrNumber;
                        var length = BitOperations.TrailingZeroCount(~bits) + (1 - wordOrNumber); // a mark is one character
                        tokens[count++] = new Token(blockStart + s, length, KindOf(first, wordOrNumber, isNumber));
                    }

                    p = after;
                    if (p >= CharBlock.Width)
                    {
                        i = blockStart + CharBlock.Width;
                        break;
                    }

                    rest = nonSpace >> p;
                    if (rest == 0)
                    {
                        i = blockStart + CharBlock.Width;
                        break;
                    }

                    p += BitOperations.TrailingZeroCount(rest);
                }

                // The general step: one token at p.
                i = blockStart + p;
                var wordBits = block.Word >> p;
                var isWordOrNumber = (int)wordBits & 1;
                var end = p + BitOperations.TrailingZeroCount(~wordBits); // a word's end in the block; p for a mark
                if (end == CharBlock.Width && p > 0)
                {
                    break; // the word may go on past the block: take it from a block that starts with it
                }

                var c = text[i];
                var general = c >= 128 || c == '\'';
                if (general && (CharClasses.Of(c) & CharClasses.Space) != 0)
                {
                    p++; // non-ASCII white space
                    i++;
                    if (p == CharBlock.Width)
                    {
                        break;
                    }

                    continue;
                }

                if (count == tokens.Length)
                {
                    (columns.MarkCount, columns.ParagraphCount, columns.WordCount) = (markCount, paragraph + 1, wordCount);
                    columns.Grow(count);
                    tokens = columns.Tokens;
                    (marks, starts, wordIndexes) = (columns.Marks, columns.ParagraphStarts, columns.WordIndexes);
                }

                if (i > nextNewline)
                {
                    // A newline since the last token (tokens hold none) starts a paragraph.
                    if (count > 0)
                    {
                        starts[++paragraph] = count;
                    }

                    nextNewline = NewlineFrom(text, i);
                }

                if (general)
                {
                    // Rare, so out of line: the loop above keeps its variables in registers.
                    (columns.Count, columns.MarkCount, columns.WordCount) = (count, markCount, wordCount);
                    i = GeneralTokenWriter.Write(columns, text, i, CharClasses.Of(c));
                    (count, markCount, wordCount) = (columns.Count, columns.MarkCount, columns.WordCount);
                }
                else
                {
                    // An ASCII word, number or punctuation mark, written without a branch on which it is.
                    var length = end - p + (1 - isWordOrNumber); // a mark is one character
                    // A word that fills the whole block, or one a connector or non-ASCII character may continue.
                    if (end == CharBlock.Width || ((block.JoinsWord >> end) & (ulong)isWordOrNumber) != 0)
                    {
                        length = GeneralTokenWriter.ScanWordSlow(text, blockStart + end) - i;
                    }

                    var isNumber = (uint)(c - '0') < 10 ? 1 : 0;
                    wordIndexes[wordCount] = count;
                    wordCount += isWordOrNumber & ~isNumber;
                    marks[markCount] = count;
                    markCount += 1 - isWordOrNumber;
                    tokens[count++] = new Token(i, length, KindOf(c, isWordOrNumber, isNumber));
                    i += length;
                }

                p = i - blockStart;
                if (p >= CharBlock.Width)
                {
                    break;
                }
            }
        }

        columns.Count = count;
        columns.MarkCount = markCount;
        columns.WordCount = wordCount;
        columns.ParagraphCount = count > 0 ? paragraph + 1 : 0;
        FillParagraphs(columns);
        WordClassPass.Run(columns, text);
        return columns;
    }

    // An ASCII token's kind from its first character: word 0 or number 1 (a first digit), quotation mark 2 or
    // punctuation 3, picked with a mask, not a branch.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TokenKind KindOf(char c, int isWordOrNumber, int isNumber)
    {
        var markKind = 3 - (c == '"' ? 1 : 0);
        return (TokenKind)(markKind + ((isNumber - markKind) & -isWordOrNumber));
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

    // Where the next line feed at or after start is, or int.MaxValue for none.
    private static int NewlineFrom(string text, int start)
    {
        var found = text.AsSpan(start).IndexOf('\n');
        return found < 0 ? int.MaxValue : start + found;
    }
}
