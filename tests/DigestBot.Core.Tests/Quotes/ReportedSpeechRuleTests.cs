using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class ReportedSpeechRuleTests
{
    private readonly QuoteExtractor _extractor = new();

    [Theory]
    [InlineData("Kallas said that Moscow escalated its attacks.", "said")]
    [InlineData("Kallas said Moscow escalated its attacks.", "said")]
    [InlineData("Kallas told reporters Moscow escalated its attacks.", "told")]
    [InlineData("Kallas told LA Weekly in a statement that Moscow escalated its attacks.", "told")]
    [InlineData("Kallas stressed that Moscow escalated its attacks.", "stressed")]
    [InlineData("Kallas believes Moscow escalated its attacks.", "believes")]
    [InlineData("Moscow escalated its attacks, Kallas said.", "said")]
    [InlineData("Moscow escalated its attacks, said Kallas.", "said")]
    public void Analyze_CueVerbInAnyOrder_FindsIndirectStatement(string text, string cue)
    {
        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Kallas", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal("Moscow escalated its attacks", quote.Text);
    }

    [Fact]
    public void Analyze_QuotedFragmentInReportedClause_IsOneMixedQuote()
    {
        const string text = "Kallas said that European security is \"not up for negotiation.\"";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("European security is \"not up for negotiation.\"", quote.Text);
    }

    [Fact]
    public void Analyze_ButWarnedThat_GivesTwoStatementsOneSpeaker()
    {
        const string text = "Kallas said that the deal is \u201Cvital\u201D but warned that Russia has \"no intention of ending\u201D the war.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal(["the deal is \u201Cvital\u201D", "Russia has \"no intention of ending\u201D the war"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Mixed, q.Kind));
        Assert.All(quotes, q => Assert.Equal("Kallas", q.Speaker));
    }

    [Theory]
    [InlineData("She was told that her mother was suppressive.")]
    [InlineData("Recent reports have revealed that a defector was arrested.")]
    [InlineData("Kallas said in a post on social media platform X.")]
    [InlineData("The government announced the start of a public process on Tuesday.")]
    public void Analyze_NotReportedSpeech_FindsNothing(string text)
    {
        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Empty(quotes);
    }

    [Fact]
    public void Analyze_ParticipleCue_UsesTheSubjectBeforeIt()
    {
        const string text = "Both leaders were upbeat, with Vladimir Putin saying they had reached an understanding.";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("Vladimir Putin", quote.Speaker);
        Assert.Equal("they had reached an understanding", quote.Text);
    }

    [Theory]
    [InlineData("The deal with Moscow, Kallas said, is vital for Europe.")]
    [InlineData("The deal with Moscow, said Kallas, is vital for Europe.")]
    public void Analyze_StatementInterruptedByAttribution_JoinsPiecesAndSpansTheWhole(string text)
    {
        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("The deal with Moscow is vital for Europe", quote.Text);
        Assert.Equal("Kallas", quote.Speaker);
        Assert.Equal(0, quote.Start);
        Assert.Equal(text.Length - 1, quote.End);
    }

    [Theory]
    [InlineData("\"We will fight this in court,\" he told BBC Radio Five's morning programme.")]
    [InlineData("\"We will fight this in court,\" Maria Lopez told the Evening Standard.")]
    public void Find_CueAttributingAQuoteBeforeIt_ReportsNoOutletAsAStatement(string text)
    {
        var quotes = new QuoteExtractor().Analyze(text).Quotes;

        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }

    [Fact]
    public void Find_CueAfterAQuoteInThePreviousSentence_StillReports()
    {
        const string text = "\"It was a fine show.\" Maria Lopez said she had seen it twice before.";

        var quotes = new QuoteExtractor().Analyze(text).Quotes;

        Assert.Contains(quotes, q => q.Kind == QuoteKind.Indirect && q.Text == "she had seen it twice before");
    }

    [Fact]
    public void Find_TrailingAttributionThenParticiple_GivesTwoStatementsOfOneSpeaker()
    {
        const string text = "Trading has been thin this week, analysts said, adding that they expect calmer markets in January.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal(["Trading has been thin this week", "they expect calmer markets in January"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("analysts", q.Speaker));
    }

    [Fact]
    public void Find_SaidThenAddingThat_CutsTheFirstStatementBeforeTheParticiple()
    {
        const string text = "Maria Lopez said the plant would reopen, adding that 200 jobs would return by June.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Equal(["the plant would reopen", "200 jobs would return by June"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Maria Lopez", q.Speaker));
    }

    [Fact]
    public void Find_ToldHearerThenColonAndQuote_IsOneDirectQuote()
    {
        const string text = "A senior source at the club told the Daily Post: \"This time the offer is different.\"";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("This time the offer is different.", quote.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Theory]
    [InlineData("Maria Lopez urged the council to reject the new plan.")]
    [InlineData("The minister warned farmers not to rely on more aid this year.")]
    [InlineData("The board advised the federal government to cut prices paid to growers.")]
    public void Find_RequestWithAnInfinitive_IsNoStatement(string text)
    {
        var quotes = _extractor.Analyze(text).Quotes;

        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("Maria Lopez told reporters she hopes to sign the accord in May.", "she hopes to sign the accord in May")]
    [InlineData("Maria Lopez urged that the council reject the new plan.", "the council reject the new plan")]
    public void Find_HearerVerbWithAClause_IsAStatement(string text, string expected)
    {
        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal(expected, quote.Text);
    }

    [Fact]
    public void Find_CueWordInsideAName_IsNoCue()
    {
        const string text = "The Kenya State Trading Corporation bought two cargoes of sugar yesterday, traders said.";

        var quote = Assert.Single(_extractor.Analyze(text).Quotes);

        Assert.Equal("traders", quote.Speaker);
        Assert.StartsWith("The Kenya State Trading Corporation bought", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ParticipleAfterAPredicate_TakesNoSpeakerFromThePredicate()
    {
        const string text = "The two envoys have so far limited their talks to government representatives, believing that the debt needs a political answer.";

        var quotes = _extractor.Analyze(text).Quotes;

        Assert.DoesNotContain(quotes, q => q.Speaker.Contains("representatives", StringComparison.Ordinal));
    }
}
