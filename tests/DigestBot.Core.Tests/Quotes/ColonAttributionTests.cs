using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class ColonAttributionTests
{
    private readonly QuoteExtractor _extractor = new();

    [Theory]
    [InlineData("Maria Lopez defended the budget: \"Every pound of it is needed for schools.\"", "Maria Lopez")]
    [InlineData("During the debate on Tuesday, Tom Reed was blunt: \"We cannot pay for this plan.\"", "Tom Reed")]
    [InlineData("The prime minister Ana Silva defended her record: \"We have built more homes than anyone.\"", "Ana Silva")]
    public void Analyze_ColonAfterSubjectAndVerb_AttributesQuoteToSubject(string text, string speaker)
    {
        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Theory]
    [InlineData("The Herald listed long questions, including: \"Were you ever held against your will at sea?\"")]
    [InlineData("The sign on the door read: \"Closed until further notice from the owners.\"")]
    public void Analyze_ColonAfterAListOrAThing_IsNotAttributed(string text)
    {
        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Empty(quotes);
    }
}
