using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class AccordingToRuleTests
{
    private readonly QuoteExtractor _extractor = new();

    [Theory]
    [InlineData("According to Kallas, Moscow escalated attacks even as delegations gathered.")]
    [InlineData("Moscow escalated attacks even as delegations gathered, according to Kallas.")]
    public void Analyze_AccordingTo_AttributesTheClause(string text)
    {
        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("Kallas", quote.Speaker);
        Assert.Equal("according to", quote.Cue);
        Assert.Equal("Moscow escalated attacks even as delegations gathered", quote.Text);
    }

    [Fact]
    public void Analyze_AccordingToOrganisation_GivesTheOrganisation()
    {
        const string text = "Over 300 pilgrims died, according to the Saudi Interior Ministry.";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("Saudi Interior Ministry", quote.Speaker);
    }
}
