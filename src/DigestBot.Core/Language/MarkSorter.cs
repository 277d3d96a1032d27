using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>
/// Sorts the punctuation and quotation mark positions the tokenizer recorded into the two lists the later passes
/// visit: the sentence stops (. ! ?) for <see cref="SentenceSplitter"/> and the quotation marks for
/// <see cref="QuotedSpanFinder"/>.
/// </summary>
/// <remarks>
/// Which kind a mark is follows the text, so a test-and-branch per mark is mispredicted often (a comma, then a stop,
/// then a quotation mark). Here every position is written to both lists and each list's count grows by 0 or 1
/// from a comparison: no branch depends on the mark, and the passes after it loop only over the marks they want.
/// </remarks>
internal static class MarkSorter
{
    // Bits for '!' (33), '.' (46) and '?' (63): all below 64, so one shift tests a character.
    private const ulong StopBits = (1UL << '!') | (1UL << '.') | (1UL << '?');

    /// <summary>
    /// Writes the stops among <paramref name="marks"/> to <paramref name="stops"/> and the quotation marks to
    /// <paramref name="quoteMarks"/>, in order; both must hold at least as many entries as <paramref name="marks"/>.
    /// </summary>
    /// <returns>How many stops and quotation marks were written.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)] // one call per text; its loop keeps its variables in registers
    public static (int Stops, int QuoteMarks) Sort(
        string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> marks, Span<int> stops, Span<int> quoteMarks)
    {
        if (stops.Length < marks.Length || quoteMarks.Length < marks.Length)
        {
            throw new ArgumentException($"The lists must hold {marks.Length} entries (stops {stops.Length}, quotation marks {quoteMarks.Length}).");
        }

        var s = 0;
        var q = 0;
        foreach (var k in marks)
        {
            var token = tokens[k];
            var c = text[token.Start];
            stops[s] = k;
            quoteMarks[q] = k;
            // A stop is punctuation (a quotation mark is never . ! ?); the shift only counts for characters below 64.
            s += (int)(StopBits >> (c & 63)) & (c < 64 ? 1 : 0);
            q += token.Kind == TokenKind.QuoteMark ? 1 : 0;
        }

        return (s, q);
    }
}
