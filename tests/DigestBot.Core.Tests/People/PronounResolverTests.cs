using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.People;

public sealed class PronounResolverTests
{
    private readonly QuoteExtractor _extractor = new();

    [Theory]
    [InlineData("\"The harvest was poor this year,\" he said.")]
    [InlineData("The storm hit the coast overnight. She said the damage would take months to repair.")]
    [InlineData("The storm hit the coast overnight. They said the damage would take months to repair.")]
    public void Resolve_PronounWithNothingToReferTo_DropsTheStatement(string text)
    {
        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Empty(quotes);
    }

    [Fact]
    public void Resolve_PronounAfterUnnamedRoleSpeaker_GivesTheRole()
    {
        const string text = "The board will cut prices paid to growers, a board spokesman said.\n\"This is getting serious for everyone,\" he said.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("board spokesman", q.Speaker));
    }

    [Fact]
    public void Resolve_TheyAfterUnnamedGroup_GivesTheGroup()
    {
        const string text = "Most importers will not renew their contracts, industry sources said.\nThey said a cargo traded at a discount yesterday.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.Equal("industry sources", quotes[0].Speaker);
        Assert.Equal("industry sources", quotes[1].Speaker);
    }

    [Fact]
    public void Resolve_TheyAfterOnlyAPersonSpoke_DropsTheStatement()
    {
        const string text = "Maria Lopez said the plan was sound.\nThey said the plan would cost too much.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal("Maria Lopez", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Resolve_HeAfterNameInAPrepositionalPhrase_SkipsThatName()
    {
        const string text = "Tom Reed said sales were strong.\nAfter years of working with Paul Grant, Mr Reed moved to Paris. He said the move had been hard.";

        var last = _extractor.Analyze(text).Quotes[^1];

        Assert.Equal("Tom Reed", last.Speaker);
    }

    [Fact]
    public void Resolve_HeAfterSentenceOpeningWithADescription_GivesTheLastSpeaker()
    {
        const string text = "Leeds midfielder Sam Okoro said he was close to a new deal.\nThe Nigeria star is a regular in the Leeds first team. \"I am happy here,\" he told a radio station.";

        var last = _extractor.Analyze(text).Quotes[^1];

        Assert.Equal("Sam Okoro", last.Speaker);
    }

    [Fact]
    public void Resolve_HeAfterSentenceOpeningWithATopicPhrase_GivesTheTopicPerson()
    {
        const string text = "Anna Berg, a local teacher, praised the show.\nFor Peter Holm, a painter, Picasso was a hero. He said, \"His work changed how I see colour.\"";

        var last = _extractor.Analyze(text).Quotes[^1];

        Assert.Equal("Peter Holm", last.Speaker);
    }
}
