using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.People;

public sealed class RoleResolverTests
{
    private readonly QuoteExtractor _extractor = new();

    [Theory]
    [InlineData("company")]
    [InlineData("firm")]
    [InlineData("bank")]
    public void Resolve_TheCompanyAfterACompanySpoke_GivesThatCompany(string noun)
    {
        var text = $"Harlow Steel Corp said it would close two plants.\nThe {noun} said the closures would save 40 mln dlrs a year.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Harlow Steel Corp", q.Speaker));
    }

    [Fact]
    public void Resolve_TheCompanyAfterAGovernmentBodySpoke_KeepsTheNoun()
    {
        const string text = "The Labor Department said jobs grew in May.\nThe company said the closures would save 40 mln dlrs a year.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal("company", quotes[^1].Speaker);
    }

    [Theory]
    [InlineData("Bankers said the loan would be signed next month.", "Bankers")]
    [InlineData("The measure is too weak, the watchdog said.", "watchdog")]
    [InlineData("Oil traders said prices would stay low until the spring.", "Oil traders")]
    public void Resolve_GroupNounSpeaker_GivesThePhrase(string text, string speaker)
    {
        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Resolve_RoleMatchingTheTitleOfANamedPerson_GivesThatPerson()
    {
        const string text = "The bill was backed by Home Secretary Ann Grey and Transport Secretary Tom Reed.\nThe home secretary said the law would pass.";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("Ann Grey", quote.Speaker);
    }

    [Fact]
    public void Resolve_RoleWhoseModifierNoTitleHas_StaysTheRole()
    {
        const string text = "The bill was backed by Home Secretary Ann Grey.\nThe culture secretary said the law would pass.";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("culture secretary", quote.Speaker);
    }

    [Fact]
    public void Resolve_RoleOfAOneWordNameSeenBefore_GivesThatName()
    {
        const string text = "The painter's son Marco, 57, said the tapes were old.\n\"He called them his safety tapes,\" his son said.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marco", q.Speaker));
    }
}
