using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class ColonRuleTests
{
    private readonly QuoteExtractor _extractor = new();

    [Fact]
    public void Analyze_CueEndingWithColon_TakesFirstSentenceOfNextParagraph()
    {
        const string text = "In a statement, the Church of Scientology denied the allegations:\n\nShe was never forced to stay there. Other text follows.";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("She was never forced to stay there", quote.Text);
        Assert.Equal("Church of Scientology", quote.Speaker);
    }

    [Fact]
    public void Analyze_ColonFollowedByQuotation_LeavesItToTheDirectRule()
    {
        const string text = "Obama tweeted using his account:\n\n\"Cool clock, Ahmed. Want to bring it to the White House?\"";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Obama", quote.Speaker);
    }
}
