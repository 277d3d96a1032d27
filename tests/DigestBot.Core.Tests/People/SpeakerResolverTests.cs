using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.People;

public sealed class SpeakerResolverTests
{
    private readonly QuoteExtractor _extractor = new();

    [Fact]
    public void Resolve_PronounAfterNamedSpeaker_GivesThatSpeaker()
    {
        const string text = "Kaja Kallas spoke first. \"Russia must stop,\" Kallas said.\n\"Putin wants more time,\" she said.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.All(quotes, q => Assert.Equal("Kaja Kallas", q.Speaker));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void Resolve_PronounAfterSentenceAboutSomeoneElse_GivesThatSentencesSubject()
    {
        const string text = "\"We learned a lot,\" coach Ana Ruiz said.\nHarry Kane won the award. He said, \"It felt good out there.\"";

        var last = _extractor.Analyze(text).Quotes[^1];

        Assert.Equal("Harry Kane", last.Speaker);
    }

    [Fact]
    public void Resolve_NameInsideQuote_IsNeverTheSpeaker()
    {
        const string text = "Kaja Kallas met reporters.\n\"Vladimir Putin drags out the talks,\" she said.";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("Kaja Kallas", quote.Speaker);
    }

    [Fact]
    public void Resolve_RoleBeforeName_BindsToTheNextNamedSpeaker()
    {
        const string text = "The EU foreign policy chief said that sanctions are vital.\n\"We will act,\" Kaja Kallas said.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Kaja Kallas", q.Speaker));
    }

    [Fact]
    public void Resolve_RoleMatchingATitleSeen_GivesThatPerson()
    {
        const string text = "Russian President Vladimir Putin met US President Donald Trump. The talks ended with the Russian leader saying they had reached an understanding.";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("Vladimir Putin", quote.Speaker);
    }

    [Fact]
    public void Resolve_AppositiveRole_IsBoundForLaterUse()
    {
        const string text = "Kallas, the EU's top diplomat, said that talks must go on.\nLater the top diplomat said that Europe would pay.";

        var analysis = _extractor.Analyze(text);

        Assert.Equal(2, analysis.Quotes.Count);
        Assert.All(analysis.Quotes, q => Assert.Equal("Kallas", q.Speaker));
        Assert.Contains("EU's top diplomat", analysis.People.Single(p => p.Name == "Kallas").Roles);
    }

    [Theory]
    [InlineData("The ministry said that the border would stay closed.", "ministry")]
    [InlineData("Police said the suspect had fled the scene.", "Police")]
    [InlineData("Officials told reporters that the vote would go ahead.", "Officials")]
    public void Resolve_GroupNoun_GivesTheGroup(string text, string speaker)
    {
        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Resolve_TheyAfterOrganisation_GivesTheOrganisation()
    {
        const string text = "The Church of Scientology said that the claims were false. They also claimed she was a volunteer.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Church of Scientology", q.Speaker));
    }
}
