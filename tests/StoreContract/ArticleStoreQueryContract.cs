using DigestBot.Core.People;
using DigestBot.Core.Quotes;
using static DigestBot.StoreContract.StoreSamples;

namespace DigestBot.StoreContract;

/// <summary>The store's lookups (speakers, statements, phrase and article search, recent articles), the same for every store.</summary>
public abstract class ArticleStoreQueryContract<TFixture>(TFixture fixture) : StoreContractTests<TFixture>(fixture)
    where TFixture : IStoreFixture
{
    [Theory]
    [InlineData("Kaja Kallas")]
    [InlineData("kaja kallas")]
    [InlineData("KALLAS")]
    [InlineData("Kallas")]
    [InlineData("eu foreign policy chief")]
    public async Task FindSpeakersAsync_NameSurnameAliasOrRoleInAnyCase_FindsThePersonFirst(string name)
    {
        await StoreSamplesAsync();

        var found = await Store.FindSpeakersAsync(name, Ct);

        Assert.Equal("Kaja Kallas", found[0].Person.Name);
    }

    [Fact]
    public async Task FindSpeakersAsync_PersonInTwoArticles_MergesStatementsArticlesAliasesAndRoles()
    {
        await StoreSamplesAsync();

        var profile = Assert.Single(await Store.FindSpeakersAsync("kallas", Ct));

        Assert.Equal(3, profile.StatementCount);
        Assert.Equal(2, profile.ArticleCount);
        Assert.Contains("Kallas", profile.Person.Aliases);
        Assert.Equal(new[] { "EU foreign policy chief" }, profile.Person.Roles);
    }

    [Fact]
    public async Task FindSpeakersAsync_SurnameOfAMultiWordName_FindsThePerson()
    {
        await StoreSamplesAsync();

        var found = await Store.FindSpeakersAsync("Vries", Ct);

        Assert.Equal("Maria de Vries", Assert.Single(found).Person.Name);
    }

    [Fact]
    public async Task FindSpeakersAsync_UnknownName_ReturnsNothing()
    {
        await StoreSamplesAsync();

        var found = await Store.FindSpeakersAsync("Angela Merkel", Ct);

        Assert.Empty(found);
    }

    [Fact]
    public async Task GetStatementsAsync_SpeakerInOtherCase_ReturnsOnlyTheirStatements()
    {
        await StoreSamplesAsync();

        var statements = await Store.GetStatementsAsync("kaja kallas", null, 10, Ct);

        Assert.Equal(3, statements.Count);
        Assert.All(statements, s => Assert.Equal("Kaja Kallas", s.Quote.Speaker));
        var direct = statements.Single(s => s.Quote.Text.StartsWith("We will not", StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Direct, direct.Quote.Kind);
        Assert.Equal(Eu.Article.Text[direct.Quote.Start..direct.Quote.End], direct.Quote.Text);
        Assert.Equal(new(Eu.Article.Id, "EU ministers agree new aid for Ukraine", EuSource), direct.Source);
    }

    [Fact]
    public async Task GetStatementsAsync_WithTopic_ReturnsOnlyStatementsAboutIt()
    {
        await StoreSamplesAsync();

        var statements = await Store.GetStatementsAsync("Kaja Kallas", "commitments", 10, Ct);

        Assert.Equal("We will not step back from our commitments,", Assert.Single(statements).Quote.Text);
    }

    [Fact]
    public async Task GetStatementsAsync_Limit_ReturnsAtMostThatMany()
    {
        await StoreSamplesAsync();

        var statements = await Store.GetStatementsAsync("Kaja Kallas", null, 2, Ct);

        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public async Task SearchQuotesAsync_PhraseInOrder_FindsTheStatementAndItsSpeaker()
    {
        await StoreSamplesAsync();

        var found = await Store.SearchQuotesAsync("vital for European security", 10, Ct);

        var quote = Assert.Single(found);
        Assert.Equal("Kaja Kallas", quote.Quote.Speaker);
        Assert.Equal(QuoteKind.Mixed, quote.Quote.Kind);
        Assert.Equal(EuSource, quote.Source.Location);
    }

    [Fact]
    public async Task SearchQuotesAsync_SameWordsOutOfOrder_FindsNothing()
    {
        await StoreSamplesAsync();

        var found = await Store.SearchQuotesAsync("security European vital", 10, Ct);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("Kallas's \"commitments")]
    [InlineData("AND OR NOT")]
    [InlineData("winter* NEAR( -air | ! :")]
    public async Task Searches_QueryLanguageInUserWords_DoNotThrow(string words)
    {
        await StoreSamplesAsync();

        var quotes = await Store.SearchQuotesAsync(words, 10, Ct);
        var articles = await Store.SearchArticlesAsync(words, 10, Ct);
        var statements = await Store.GetStatementsAsync("Kaja Kallas", words, 10, Ct);

        Assert.All(quotes, q => Assert.False(string.IsNullOrEmpty(q.Quote.Text)));
        Assert.All(articles, a => Assert.False(string.IsNullOrEmpty(a.Snippet)));
        Assert.All(statements, s => Assert.Equal("Kaja Kallas", s.Quote.Speaker));
    }

    [Fact]
    public async Task SearchArticlesAsync_Word_ReturnsTheArticleWithASnippetAroundIt()
    {
        await StoreSamplesAsync();

        var hits = await Store.SearchArticlesAsync("wage", 10, Ct);

        var hit = Assert.Single(hits);
        Assert.Equal(new(Port.Article.Id, "Dock workers end week-long strike at Rotterdam port", PortSource), hit.Source);
        Assert.Contains("wage", hit.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', hit.Snippet);
    }

    [Fact]
    public async Task SearchArticlesAsync_MoreMentions_RanksFirst()
    {
        await StoreSamplesAsync();

        var hits = await Store.SearchArticlesAsync("Ukraine", 10, Ct);

        // The EU article has Ukraine in its headline and body three times; the Kyiv one mentions it once.
        Assert.Equal(new[] { EuSource, KyivSource }, hits.Select(h => h.Source.Location));
    }

    [Fact]
    public async Task SearchArticlesAsync_WordsInDifferentArticles_FindsNothing()
    {
        await StoreSamplesAsync();

        var hits = await Store.SearchArticlesAsync("Rotterdam Kyiv", 10, Ct);

        Assert.Empty(hits);
    }

    [Fact]
    public async Task GetArticlesSinceAsync_Instant_ReturnsLaterArticlesNewestFirstWithTheirStatements()
    {
        await StoreSamplesAsync();

        var recent = await Store.GetArticlesSinceAsync(At(2026, 11, 21, 0), 10, Ct);

        Assert.Equal(new[] { KyivSource, PortSource }, recent.Select(a => a.Article.Source));
        Assert.Equal(Kyiv.Article, recent[0].Article);
        Assert.Equal(Port.Analysis.Quotes, recent[1].Quotes);
    }

    [Fact]
    public async Task GetPeopleAsync_SampleArticles_ListsEveryoneMostQuotedFirst()
    {
        await StoreSamplesAsync();

        var people = await Store.GetPeopleAsync(Ct);

        Assert.Equal(4, people.Count);
        Assert.Equal("Kaja Kallas", people[0].Person.Name);
        var authority = people.Single(p => p.Person.Name == "Port Authority");
        Assert.Equal(EntityKind.Organisation, authority.Person.Kind);
        Assert.Equal(1, authority.StatementCount);
    }
}
