using DigestBot.Core.Storage;

namespace DigestBot.Sqlite.Tests;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task UpsertAsync_NewArticle_ReturnsAddedAndStoresEverything()
    {
        var article = TestArticles.Geneva();

        var outcome = await _db.Store.UpsertAsync(article, CancellationToken.None);

        Assert.Equal(UpsertOutcome.Added, outcome);
        Assert.True(File.Exists(_db.FilePath));
        Assert.Equal(new StoreCounts(1, 4, 3), await _db.Store.GetCountsAsync(CancellationToken.None));
        var source = Assert.Single(await _db.Store.ListSourcesAsync(CancellationToken.None));
        Assert.Equal(("seeds/geneva.txt", article.Article.ContentHash), (source.Source, source.ContentHash));
    }

    [Fact]
    public async Task UpsertAsync_SameHashTwice_ReturnsUnchangedAndKeepsOneCopy()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);

        var outcome = await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);

        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        Assert.Equal(new StoreCounts(1, 4, 3), await _db.Store.GetCountsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_ChangedText_ReturnsUpdatedAndReplacesQuotes()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);
        var shorter = TestArticles.GenevaText.Split("\nTrump said")[0];

        var outcome = await _db.Store.UpsertAsync(TestArticles.Geneva(text: shorter), CancellationToken.None);

        Assert.Equal(UpsertOutcome.Updated, outcome);
        Assert.Equal(2, (await _db.Store.GetCountsAsync(CancellationToken.None)).Quotes);
        Assert.Empty(await _db.Store.SearchQuotesAsync("get it done", 10, CancellationToken.None));
    }

    [Fact]
    public async Task RemoveAsync_StoredSource_DeletesArticleQuotesPeopleAndIndexes()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);
        await _db.Store.UpsertAsync(TestArticles.Geneva("seeds/other.txt"), CancellationToken.None);

        var removed = await _db.Store.RemoveAsync(["seeds/geneva.txt", "seeds/never-stored.txt"], CancellationToken.None);

        Assert.Equal(1, removed);
        Assert.Equal(new StoreCounts(1, 4, 3), await _db.Store.GetCountsAsync(CancellationToken.None));
        Assert.All(await _db.Store.SearchArticlesAsync("sanctions", 10, CancellationToken.None), h => Assert.Equal("seeds/other.txt", h.Source.Location));
        Assert.Single(await _db.Store.SearchQuotesAsync("get it done", 10, CancellationToken.None));
    }

    [Theory]
    [InlineData("Kallas")]
    [InlineData("kallas")]
    [InlineData("Kaja Kallas")]
    [InlineData("KAJA KALLAS")]
    [InlineData("the EU foreign policy chief")]
    public async Task FindSpeakersAsync_NameAliasSurnameOrRole_ResolvesCanonicalName(string query)
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);
        await _db.Store.UpsertAsync(TestArticles.Geneva("seeds/other.txt"), CancellationToken.None);

        var found = await _db.Store.FindSpeakersAsync(query, CancellationToken.None);

        var best = found[0];
        Assert.Equal("Kaja Kallas", best.Person.Name);
        Assert.Equal((4, 2), (best.StatementCount, best.ArticleCount));
        Assert.Contains("EU foreign policy chief", best.Person.Roles);
    }

    [Fact]
    public async Task FindSpeakersAsync_MentionedOnly_ReturnsProfileWithoutStatements()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);

        var found = await _db.Store.FindSpeakersAsync("zelenskyy", CancellationToken.None);

        var person = Assert.Single(found);
        Assert.Equal(("Volodymyr Zelenskyy", 0, 1), (person.Person.Name, person.StatementCount, person.ArticleCount));
    }

    [Fact]
    public async Task GetStatementsAsync_WithTopic_ReturnsOnlyMatchingStatementsOfThatSpeaker()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);

        var all = await _db.Store.GetStatementsAsync("Kaja Kallas", null, 10, CancellationToken.None);
        var aboutSanctions = await _db.Store.GetStatementsAsync("kaja kallas", "sanction", 10, CancellationToken.None);

        Assert.Equal(2, all.Count);
        Assert.All(all, s => Assert.Equal("Kaja Kallas", s.Quote.Speaker));
        Assert.Equal("sanctions would follow.", Assert.Single(aboutSanctions).Quote.Text);
        Assert.Equal("GENEVA", all[0].Source.Label);
    }

    [Fact]
    public async Task SearchQuotesAsync_Phrase_FindsTheStatementAndItsSpeaker()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);

        var found = await _db.Store.SearchQuotesAsync("“no intention of ending”", 10, CancellationToken.None);

        var quote = Assert.Single(found);
        Assert.Equal("Kaja Kallas", quote.Quote.Speaker);
        Assert.Equal(TestArticles.GenevaText[quote.Quote.Start..quote.Quote.End], quote.Quote.Text);
    }

    [Theory]
    [InlineData("\"AND OR (")]
    [InlineData("NEAR(x y) * ^")]
    [InlineData("   ")]
    public async Task SearchArticlesAsync_QuerySyntaxInInput_ReturnsWithoutThrowing(string terms)
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);

        var hits = await _db.Store.SearchArticlesAsync(terms, 10, CancellationToken.None);

        Assert.Empty(hits);
    }

    [Fact]
    public async Task SearchArticlesAsync_Terms_ReturnsSnippetWithSource()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);

        var hits = await _db.Store.SearchArticlesAsync("what about sanctions", 10, CancellationToken.None);

        var hit = Assert.Single(hits);
        Assert.Contains("sanctions", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(("GENEVA", "seeds/geneva.txt"), (hit.Source.Label, hit.Source.Location));
    }

    [Fact]
    public async Task GetArticlesSinceAsync_Cutoff_ReturnsNewerArticlesWithQuotes()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva("seeds/old.txt", indexedAt: TestArticles.IndexedAt.AddDays(-3)), CancellationToken.None);
        await _db.Store.UpsertAsync(TestArticles.Geneva("seeds/new.txt"), CancellationToken.None);

        var recent = await _db.Store.GetArticlesSinceAsync(TestArticles.IndexedAt.AddDays(-1), 10, CancellationToken.None);

        var article = Assert.Single(recent);
        Assert.Equal("seeds/new.txt", article.Article.Source);
        Assert.Equal(4, article.Quotes.Count);
        Assert.Equal(TestArticles.IndexedAt, article.Article.IndexedAt);
    }

    [Fact]
    public async Task GetPeopleAsync_TwoArticles_MergesPeopleMostQuotedFirst()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);
        await _db.Store.UpsertAsync(TestArticles.Geneva("seeds/other.txt"), CancellationToken.None);

        var people = await _db.Store.GetPeopleAsync(CancellationToken.None);

        Assert.Equal(3, people.Count);
        Assert.Equal(0, people[^1].StatementCount);
        Assert.Equal("Volodymyr Zelenskyy", people[^1].Person.Name);
        Assert.All(people, p => Assert.Equal(2, p.ArticleCount));
    }
}
