using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class PooledTokenizerTests
{
    [Theory]
    [InlineData("Kallas said: \u201CIt is vital,\u201D and Trump's aides agreed.")]
    [InlineData("G\u00F3mez told GB News\u2019 reporters it won\u2019t end at 3.5% on 12:30 in al-Amr's U.S. office.")]
    [InlineData("  \u00C9T\u00C9 \u0660\u0661 \u00AB\u00BB R&D -- 'quoted' \"straight\"\n\n\u00E9l\u00E8ve's ")]
    [InlineData("")]
    public void Tokenize_AnyText_GivesTheFloorTokenizersTokens(string text)
    {
        using var columns = PooledTokenizer.Tokenize(text);

        Assert.Equal(Tokenizer.Tokenize(text), columns.Tokens.AsSpan(0, columns.Count).ToArray());
    }

    [Fact]
    public void Tokenize_RandomTextOfEveryTricky_GivesTheFloorTokenizersTokensAndEachWordsClasses()
    {
        // Words, spaces, connectors, apostrophes, quotation marks and non-ASCII letters in random mixes and lengths
        // up to several 64-character blocks, so tokens start and end at every place in a block and cross from one to
        // the next; one word is longer than a block.
        const string alphabet = "aAbLlyYsS09 \n\t.-&:,'\"\u2019\u201C\u00E9\u00A0";
        var words = new[] { "said", "The", "officials", "reportedly", "al-Amr", "U.S.", "won't", "Trump's", "12:30", new string('w', 70) + "'s" };
        var random = new Random(20261126);
        var failures = new List<string>();
        for (var n = 0; n < 3000 && failures.Count < 5; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 160)).Select(_ => random.Next(4) == 0
                ? words[random.Next(words.Length)]
                : alphabet[random.Next(alphabet.Length)].ToString()));
            using var columns = PooledTokenizer.Tokenize(text);

            var expected = Tokenizer.Tokenize(text);
            var classes = expected.Select(t => text.Substring(t.Start, t.Length))
                .Select((w, k) => expected[k].Kind == TokenKind.Word ? Lexicon.Find(w).Classes | Lexicon.ShapeOf(w) : WordClass.None);
            if (!expected.SequenceEqual(columns.Tokens.AsSpan(0, columns.Count).ToArray())
                || !classes.SequenceEqual(columns.Classes.AsSpan(0, columns.Count).ToArray())
                || !ParagraphsOf(text, expected).SequenceEqual(columns.ParagraphOf.AsSpan(0, columns.Count).ToArray()))
            {
                failures.Add(text);
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Tokenize_MostlyPlainRandomText_GivesTheFloorTokenizersTokensParagraphsAndLists()
    {
        // Long plain runs (letters, digits, spaces, simple punctuation) broken now and then by a connector, an
        // apostrophe, a newline or a non-ASCII character, so the plain run stops at every place in a block, with a word
        // that reaches its stop or the block's end; the word and mark lists are checked too.
        const string plain = "abcdefghijklmnopqrstuvwxyzABCDEFG0123456789      ,;!?()\"";
        const string rare = ".-&:'\n\u2019\u201C\u00E9\u00A0";
        var random = new Random(20261127);
        var failures = new List<string>();
        for (var n = 0; n < 3000 && failures.Count < 5; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 400)).Select(_ => random.Next(40) == 0
                ? rare[random.Next(rare.Length)]
                : plain[random.Next(plain.Length)]));
            using var columns = PooledTokenizer.Tokenize(text);

            var expected = Tokenizer.Tokenize(text);
            var words = Enumerable.Range(0, expected.Count).Where(k => expected[k].Kind == TokenKind.Word);
            var marks = Enumerable.Range(0, expected.Count).Where(k => expected[k].Kind is TokenKind.QuoteMark or TokenKind.Punctuation);
            if (!expected.SequenceEqual(columns.Tokens.AsSpan(0, columns.Count).ToArray())
                || !ParagraphsOf(text, expected).SequenceEqual(columns.ParagraphOf.AsSpan(0, columns.Count).ToArray())
                || !words.SequenceEqual(columns.WordIndexes.AsSpan(0, columns.WordCount).ToArray())
                || !marks.SequenceEqual(columns.Marks.AsSpan(0, columns.MarkCount).ToArray()))
            {
                failures.Add(text);
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Tokenize_NewlinesBetweenTokens_StartParagraphs()
    {
        const string text = "\n\nTitle line\nFirst para .\r\n\r\n  Second para\u2029last";

        using var columns = PooledTokenizer.Tokenize(text);

        Assert.Equal([0, 0, 1, 1, 1, 2, 2, 2], columns.ParagraphOf.AsSpan(0, columns.Count).ToArray());
    }

    [Fact]
    public void Tokenize_Words_GetTheLexiconClassesAndShape()
    {
        const string text = "Officials reportedly SAID al-Amr quickly left 42";

        using var columns = PooledTokenizer.Tokenize(text);

        var expected = Tokenizer.Tokenize(text)
            .Select(t => text.Substring(t.Start, t.Length))
            .Select(w => char.IsDigit(w[0]) ? WordClass.None : Lexicon.Find(w).Classes | Lexicon.ShapeOf(w))
            .ToArray();
        Assert.Equal(expected, columns.Classes.AsSpan(0, columns.Count).ToArray());
        Assert.Equal(WordClass.Capitalized | WordClass.LowerInitial, expected[3] & (WordClass.Capitalized | WordClass.LowerInitial));
    }

    [Fact]
    public void Tokenize_LongText_GrowsAndKeepsEveryToken()
    {
        var text = string.Concat(Enumerable.Repeat("a b c d e f g h , . ", 500));

        using var columns = PooledTokenizer.Tokenize(text);

        Assert.Equal(Tokenizer.Tokenize(text).Count, columns.Count);
        Assert.Equal(CaseFold.Hash("h"), columns.Hashes[columns.Count - 3]);
        Assert.Equal(0, columns.Hashes[columns.Count - 1]);
    }

    // Each token's paragraph the plain way: a newline between two tokens starts the next.
    private static IEnumerable<int> ParagraphsOf(string text, IReadOnlyList<Token> tokens)
    {
        var paragraph = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var gapStart = k == 0 ? tokens[0].Start : tokens[k - 1].Start + tokens[k - 1].Length;
            paragraph += k > 0 && text.AsSpan(gapStart, tokens[k].Start - gapStart).Contains('\n') ? 1 : 0;
            yield return paragraph;
        }
    }
}
