using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Mr. Smith met U.S. officials on Jan. 5 in Geneva. They left.", 2)]
    [InlineData("L. Ron Hubbard founded it. He died in 1986.", 2)]
    [InlineData("Output grew 3.5 percent. Then it fell.", 2)]
    [InlineData("The power lies with the U.S. The EU will follow.", 2)]
    [InlineData("\"The reality is grim,\" she said. \"Russia has no intention.\"", 2)]
    [InlineData("It was posted on platform X. \"The EU worked hard.\"", 2)]
    [InlineData("Is it over? Nobody knows! Wait.", 3)]
    public void Split_NewsText_CountsSentences(string text, int expected)
    {
        var parsed = ParsedText.Parse(text);

        var count = parsed.Sentences.Count;

        Assert.Equal(expected, count);
    }

    [Fact]
    public void Split_Newlines_StartParagraphsAndSentences()
    {
        var parsed = ParsedText.Parse("GENEVA\nThe chief spoke\nKallas said it");

        var paragraphs = parsed.Sentences.Select(s => s.Paragraph).ToList();

        Assert.Equal([0, 1, 2], paragraphs);
    }

    [Fact]
    public void Split_ClosingMarkAfterStop_StaysInSentence()
    {
        var parsed = ParsedText.Parse("He said \"done.\" Then he left.");

        var first = parsed.Sentences[0];

        Assert.Equal("He said \"done.\"", parsed.Slice(first.FirstToken, first.EndToken));
    }
}
