using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class QuotedSpanFinderTests
{
    [Fact]
    public void Find_MismatchedMarks_PairInOrder()
    {
        var parsed = ParsedText.Parse("It is \u201Cvital\u201D but Russia has \"no intention of ending\u201D the war.");

        var spans = Contents(parsed);

        Assert.Equal(["vital", "no intention of ending"], spans);
    }

    [Fact]
    public void Find_MarkOpeningASentenceInsideAnOpenQuotation_StartsItsNextParagraph()
    {
        var parsed = ParsedText.Parse("Cole said: \"No one blames him. \"It just happens.\" Wenger said: \"He is an option.\"");

        var spans = Contents(parsed);

        Assert.Equal(["No one blames him.", "It just happens.", "He is an option."], spans);
        Assert.True(parsed.Quotes[1].ContinuesPrevious);
        Assert.False(parsed.Quotes[2].ContinuesPrevious);
    }

    [Fact]
    public void Find_ClosingMarkAfterAStop_StillCloses()
    {
        var parsed = ParsedText.Parse("\"We won.\" He left. \"Again,\" she said.");

        var spans = Contents(parsed);

        Assert.Equal(["We won.", "Again,"], spans);
    }

    [Fact]
    public void Find_OpenAtParagraphEndAndNextOpensWithMark_Continues()
    {
        var parsed = ParsedText.Parse("He said, \"We played well.\n\"We will win next time.\"\nThe end.");

        var spans = parsed.Quotes;

        Assert.Equal(2, spans.Count);
        Assert.False(spans[0].ContinuesPrevious);
        Assert.Equal(-1, spans[0].CloseMark);
        Assert.True(spans[1].ContinuesPrevious);
    }

    [Fact]
    public void Find_ClosingMarkInNextParagraph_ContinuesFromParagraphStart()
    {
        var parsed = ParsedText.Parse("He said, \"We played well.\n\nIt was emotional.\" Then he left.");

        var spans = Contents(parsed);

        Assert.Equal(["We played well.", "It was emotional."], spans);
        Assert.True(parsed.Quotes[1].ContinuesPrevious);
    }

    [Fact]
    public void Find_BalancedParagraph_DoesNotCarry()
    {
        var parsed = ParsedText.Parse("\"One,\" he said.\n\"Two,\" she said.");

        var carried = parsed.Quotes.Count(q => q.ContinuesPrevious);

        Assert.Equal(0, carried);
        Assert.Equal(2, parsed.Quotes.Count);
    }

    private static List<string> Contents(ParsedText parsed) =>
        [.. parsed.Quotes.Select(q => parsed.Slice(q.ContentFirst, q.ContentEnd))];
}
