using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class DirectQuoteRuleTests
{
    private readonly QuoteExtractor _extractor = new();

    [Theory]
    [InlineData("\"The talks failed,\" Kallas said.")]
    [InlineData("\"The talks failed,\" said Kallas.")]
    [InlineData("\"The talks failed,\" Kallas, the EU's top diplomat, said on Saturday.")]
    [InlineData("Kallas wrote, \"The talks failed.\"")]
    [InlineData("Kallas told reporters: \"The talks failed.\"")]
    [InlineData("Kallas said \"The talks failed.\"")]
    [InlineData("\"The talks failed,\" according to Kallas.")]
    public void Analyze_AttributionBeforeOrAfter_FindsDirectQuote(string text)
    {
        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Kallas", quote.Speaker);
        Assert.StartsWith("The talks failed", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_QuoteSplitAroundAttribution_GivesTwoQuotesOneSpeaker()
    {
        const string text = "\"The U.S. holds the power,\" she said. \"The EU will work with Ukraine.\"";

        var quotes = _extractor.Analyze("Kaja Kallas spoke.\n" + text).Quotes;

        Assert.Equal(["The U.S. holds the power,", "The EU will work with Ukraine."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Kaja Kallas", q.Speaker));
    }

    [Fact]
    public void Analyze_QuoteAcrossParagraphs_KeepsTheSpeaker()
    {
        const string text = "After the match, coach Ana Ruiz said, \"We learned a lot today.\n\nIt was an emotional day for us.\"";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ana Ruiz", q.Speaker));
    }

    [Fact]
    public void Analyze_TextKeepsPunctuationInsideMarks_AndOffsetsMatch()
    {
        const string text = "\"Peace is vital,\" Kallas said.";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("Peace is vital,", quote.Text);
        Assert.Equal(1, quote.Start);
        Assert.Equal(text[quote.Start..quote.End], quote.Text);
    }

    [Theory]
    [InlineData("\"Stop the war now\" rally draws thousands\n\nThousands marched on Sunday.")]
    [InlineData("Protesters marched to the \"red line\" on Sunday.")]
    [InlineData("A crowd at the stadium. Image: \"Big Crowd Photos\" agency.")]
    public void Analyze_HeadlineTitleOrScareQuote_IsNotAQuote(string text)
    {
        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Empty(quotes);
    }

    [Fact]
    public void Analyze_QuoteWithoutAttributionAfterOtherSentence_IsNotInherited()
    {
        const string text = "\"We will win,\" Kallas said.\nThe site is called \"The Long Road Home Today\" by fans.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Single(quotes);
    }

    [Theory]
    [InlineData("\"The budget is fair to everyone,\" said Deputy Finance Minister Ana Silva earlier this month.")]
    [InlineData("\"The budget is fair to everyone,\" said Deputy Finance Minister Ana Silva on Monday.")]
    [InlineData("\"The budget is fair to everyone,\" said Deputy Finance Minister Ana Silva yesterday.")]
    public void Find_InvertedCueThenTimePhrase_AttributesToTheName(string text)
    {
        var quote = Assert.Single(new QuoteExtractor().Analyze(text).Quotes);

        Assert.Equal("Ana Silva", quote.Speaker);
    }

    [Fact]
    public void Find_ParagraphsRunTogetherInOneQuotation_EachPartKeepsTheSpeaker()
    {
        const string text = "Tom Reed said: \"No one blames him for it. \"It just happens in big games.\" Coach Ana Ruiz said: \"He will be back next week.\"";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal(["Tom Reed", "Tom Reed", "Ana Ruiz"], quotes.Select(q => q.Speaker));
    }
}
