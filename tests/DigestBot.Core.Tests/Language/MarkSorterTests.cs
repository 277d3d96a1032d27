using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class MarkSorterTests
{
    [Fact]
    public void Sort_MixedMarks_SplitsStopsAndQuotationMarksInOrder()
    {
        const string text = "He said, \u201CNo.\u201D Why? \"Yes!\" (Done) @";
        using var columns = PooledTokenizer.Tokenize(text);
        var marks = columns.Marks.AsSpan(0, columns.MarkCount);
        var tokens = columns.Tokens.AsSpan(0, columns.Count);
        var stops = new int[marks.Length];
        var quoteMarks = new int[marks.Length];

        var (stopCount, quoteMarkCount) = MarkSorter.Sort(text, tokens, marks, stops, quoteMarks);

        Assert.Equal(". ? !", Chars(text, tokens, stops.AsSpan(0, stopCount)));
        Assert.Equal("\u201C \u201D \" \"", Chars(text, tokens, quoteMarks.AsSpan(0, quoteMarkCount)));
    }

    [Fact]
    public void Sort_CharactersSharingAStopsLowBits_AreNotStops()
    {
        // '\u00AE' (174) has the low six bits of '.' (46) and '\u007F' (127) those of '?' (63).
        const string text = "\u00AE \u007F \u2026";
        using var columns = PooledTokenizer.Tokenize(text);
        var marks = columns.Marks.AsSpan(0, columns.MarkCount);
        var stops = new int[marks.Length];
        var quoteMarks = new int[marks.Length];

        var (stopCount, quoteMarkCount) = MarkSorter.Sort(text, columns.Tokens.AsSpan(0, columns.Count), marks, stops, quoteMarks);

        Assert.Equal(3, marks.Length);
        Assert.Equal(0, stopCount);
        Assert.Equal(0, quoteMarkCount);
    }

    [Fact]
    public void Sort_ListsShorterThanMarks_ThrowsNamingTheSizes()
    {
        const string text = "Yes. No.";
        using var columns = PooledTokenizer.Tokenize(text);
        var marks = columns.Marks.AsSpan(0, columns.MarkCount).ToArray();
        var tokens = columns.Tokens.AsSpan(0, columns.Count).ToArray();

        var error = Assert.Throws<ArgumentException>(() => MarkSorter.Sort(text, tokens, marks, new int[1], new int[2]));

        Assert.Contains("must hold 2 entries", error.Message, StringComparison.Ordinal);
    }

    private static string Chars(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> indexes)
    {
        var chars = new List<string>();
        foreach (var k in indexes)
        {
            chars.Add(text[tokens[k].Start].ToString());
        }

        return string.Join(' ', chars);
    }
}
