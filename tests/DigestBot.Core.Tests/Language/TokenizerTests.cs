using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_Possessive_SplitsNameFromApostropheS()
    {
        const string text = "Trump's resolve";

        var words = Words(text);

        Assert.Equal(["Trump", "'s", "resolve"], words);
    }

    [Fact]
    public void Tokenize_Contraction_StaysOneWord()
    {
        var words = Words("Moscow won't end it");

        Assert.Contains("won't", words);
    }

    [Fact]
    public void Tokenize_AbbreviationAndDecimal_KeepInnerDots()
    {
        var words = Words("The U.S. grew 3.5 percent");

        Assert.Equal(["The", "U.S", ".", "grew", "3.5", "percent"], words);
    }

    [Fact]
    public void Tokenize_StraightAndCurlyMarks_AreQuoteMarks()
    {
        const string text = "\u201Cvital\u201D and \"ending\u201D";

        var marks = Tokenizer.Tokenize(text).Count(t => t.Kind == TokenKind.QuoteMark);

        Assert.Equal(4, marks);
    }

    [Fact]
    public void Tokenize_Offsets_PointIntoTheText()
    {
        const string text = "  Kallas said.";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal("Kallas", text.Substring(tokens[0].Start, tokens[0].Length));
        Assert.Equal(text.Length, tokens[^1].End);
    }

    private static List<string> Words(string text) =>
        [.. Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length))];
}
