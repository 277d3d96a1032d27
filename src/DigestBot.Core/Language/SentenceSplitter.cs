using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>Splits tokens into paragraphs (at newlines) and sentences (at . ! ? not after an abbreviation).</summary>
internal static class SentenceSplitter
{
    /// <summary>
    /// Splits the tokens into sentences, never across paragraphs. Only the <paramref name="stops"/> (the indexes of
    /// the . ! ? tokens, from <see cref="MarkSorter"/>) and the last token of each paragraph can end a sentence, so only
    /// those positions are visited.
    /// </summary>
    /// <remarks>Not inlined into <see cref="ParsedText"/>'s constructor (one call per text): its loop keeps its variables in registers.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static List<Sentence> Split(
        string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> hashes, ReadOnlySpan<int> paragraphOf, ReadOnlySpan<int> stops,
        ReadOnlySpan<int> paragraphStarts)
    {
        var sentences = new List<Sentence>((tokens.Length / 16) + 4);
        var start = 0;
        var done = -1; // every token up to here is decided
        var m = 0;
        var p = 0;
        while (true)
        {
            while (m < stops.Length && stops[m] <= done)
            {
                m++;
            }

            while (p < paragraphStarts.Length && LastOfParagraph(p, paragraphStarts, tokens.Length) <= done)
            {
                p++;
            }

            if (p >= paragraphStarts.Length)
            {
                return sentences;
            }

            var paragraphLast = LastOfParagraph(p, paragraphStarts, tokens.Length);
            var stop = m < stops.Length ? stops[m] : int.MaxValue;
            var i = Math.Min(stop, paragraphLast);
            var last = i;
            if (i == stop)
            {
                // Closing marks glued to the stop belong to this sentence: soon."
                while (last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End
                       && (tokens[last + 1].Kind == TokenKind.QuoteMark || text[tokens[last + 1].Start] is ')' or '\''))
                {
                    last++;
                }
            }

            var paragraphEnds = last + 1 >= tokens.Length || paragraphOf[last + 1] != paragraphOf[last];
            if (paragraphEnds || (i == stop && EndsSentence(text, tokens, hashes, i, last)))
            {
                sentences.Add(new Sentence(start, last + 1, paragraphOf[start]));
                start = last + 1;
                done = last;
            }
            else
            {
                done = i;
            }
        }
    }

    private static int LastOfParagraph(int p, ReadOnlySpan<int> paragraphStarts, int count) =>
        (p + 1 < paragraphStarts.Length ? paragraphStarts[p + 1] : count) - 1;

    private static bool EndsSentence(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> hashes, int stop, int last)
    {
        var next = last + 1;
        var first = text[tokens[next].Start];
        if (!(char.IsUpper(first) || char.IsDigit(first) || tokens[next].Kind == TokenKind.QuoteMark || first == '('))
        {
            return false;
        }

        if (text[tokens[stop].Start] != '.' || stop == 0)
        {
            return true;
        }

        var before = tokens[stop - 1];
        if (before.End != tokens[stop].Start || before.Kind != TokenKind.Word)
        {
            return true;
        }

        var nextWord = tokens[next].Kind == TokenKind.Word ? text.AsSpan(tokens[next].Start, tokens[next].Length) : [];
        return !Abbreviations.KeepsSentenceOpen(text.AsSpan(before.Start, before.Length), hashes[stop - 1], nextWord);
    }
}
