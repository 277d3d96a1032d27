using DigestBot.Core.Storage;
using static DigestBot.StoreContract.StoreSamples;

namespace DigestBot.StoreContract;

/// <summary>The store's write behaviour (upsert by hash, update, removal, counts, migrations), the same for every store.</summary>
public abstract class ArticleStoreWriteContract<TFixture>(TFixture fixture) : StoreContractTests<TFixture>(fixture)
    where TFixture : IStoreFixture
{
    [Fact]
    public async Task UpsertAsync_NewArticle_ReturnsAddedAndListsItsSource()
    {
        var outcome = await Store.UpsertAsync(Eu, Ct);

        Assert.Equal(UpsertOutcome.Added, outcome);
        var stored = Assert.Single(await Store.ListSourcesAsync(Ct));
        Assert.Equal(new StoredSource(Eu.Article.Id, EuSource, Eu.Article.ContentHash), stored);
    }

    [Fact]
    public async Task UpsertAsync_SameHashAgain_ReturnsUnchangedAndKeepsOneCopy()
    {
        await StoreSamplesAsync();

        var again = await Store.UpsertAsync(Eu, Ct);

        Assert.Equal(UpsertOutcome.Unchanged, again);
        Assert.Equal(new StoreCounts(3, 6, 4), await Store.GetCountsAsync(Ct));
        Assert.Equal(3, (await Store.GetStatementsAsync("Kaja Kallas", null, 10, Ct)).Count);
    }

    [Fact]
    public async Task UpsertAsync_ChangedText_ReturnsUpdatedAndReplacesStatements()
    {
        await StoreSamplesAsync();

        var outcome = await Store.UpsertAsync(PortUpdated, Ct);

        Assert.Equal(UpsertOutcome.Updated, outcome);
        Assert.Equal(new StoreCounts(3, 5, 4), await Store.GetCountsAsync(Ct));
        Assert.Equal(PortUpdated.Article.ContentHash, (await Store.ListSourcesAsync(Ct)).Single(s => s.Source == PortSource).ContentHash);
        var statements = await Store.GetStatementsAsync("Maria de Vries", null, 10, Ct);
        Assert.Equal("Nobody wins a strike like this,", Assert.Single(statements).Quote.Text);
        Assert.Empty(await Store.SearchQuotesAsync("protects jobs", 10, Ct));
        Assert.Equal(PortSource, Assert.Single(await Store.SearchArticlesAsync("harbour", 10, Ct)).Source.Location);
    }

    [Fact]
    public async Task UpsertAsync_ChangedTextWithLaterDate_OrdersTheSpeakersStatementsByTheNewDate()
    {
        await StoreSamplesAsync();

        var outcome = await Store.UpsertAsync(EuCorrected, Ct);

        Assert.Equal(UpsertOutcome.Updated, outcome);
        var statements = await Store.GetStatementsAsync("Kaja Kallas", null, 10, Ct);
        Assert.Equal([EuSource, KyivSource], statements.Select(s => s.Source.Location));
        Assert.Equal([EuSource], (await Store.GetStatementsAsync("Kaja Kallas", "commitments", 10, Ct)).Select(s => s.Source.Location));
    }

    [Fact]
    public async Task FindSpeakersAsync_AskedBeforeAndAfterTheirArticlesChange_ProfileFollowsTheChanges()
    {
        await StoreSamplesAsync();
        var before = Assert.Single(await Store.FindSpeakersAsync("Kallas", Ct));

        await Store.UpsertAsync(EuCorrected, Ct);
        var corrected = Assert.Single(await Store.FindSpeakersAsync("Kallas", Ct));
        await Store.RemoveAsync([KyivSource], Ct);
        var removed = Assert.Single(await Store.FindSpeakersAsync("kaja kallas", Ct));

        Assert.Equal((3, 2), (before.StatementCount, before.ArticleCount));
        Assert.Equal((2, 2), (corrected.StatementCount, corrected.ArticleCount));
        Assert.Equal((1, 1), (removed.StatementCount, removed.ArticleCount));
        Assert.Equal(Kallas.Name, removed.Person.Name);
    }

    [Fact]
    public async Task FindSpeakersAsync_AskedBeforeTheirOnlyArticleIsRemoved_FindsNobody()
    {
        await StoreSamplesAsync();
        Assert.Single(await Store.FindSpeakersAsync("de Vries", Ct));

        await Store.RemoveAsync([PortSource], Ct);

        Assert.Empty(await Store.FindSpeakersAsync("de Vries", Ct));
        Assert.DoesNotContain(await Store.GetPeopleAsync(Ct), p => p.Person.Name == "Maria de Vries");
    }

    [Fact]
    public async Task RemoveAsync_StoredAndUnknownSources_RemovesOnlyTheStoredArticleWithItsStatementsAndPeople()
    {
        await StoreSamplesAsync();

        var removed = await Store.RemoveAsync([PortSource, "news/never-stored.txt"], Ct);

        Assert.Equal(1, removed);
        Assert.Equal(new StoreCounts(2, 4, 2), await Store.GetCountsAsync(Ct));
        Assert.DoesNotContain(await Store.ListSourcesAsync(Ct), s => s.Source == PortSource);
        Assert.Empty(await Store.FindSpeakersAsync("de Vries", Ct));
        Assert.Empty(await Store.SearchQuotesAsync("protects jobs", 10, Ct));
        Assert.Empty(await Store.SearchArticlesAsync("Rotterdam", 10, Ct));
    }

    [Fact]
    public async Task RemoveAsync_NoSources_RemovesNothing()
    {
        await StoreSamplesAsync();

        var removed = await Store.RemoveAsync([], Ct);

        Assert.Equal(0, removed);
        Assert.Equal(3, (await Store.GetCountsAsync(Ct)).Articles);
    }

    [Fact]
    public async Task GetCountsAsync_PersonInTwoArticles_CountsThemOnce()
    {
        await StoreSamplesAsync();

        var counts = await Store.GetCountsAsync(Ct);

        // Kaja Kallas is in two articles; Viktor Orban, Maria de Vries and the Port Authority in one each.
        Assert.Equal(new StoreCounts(3, 6, 4), counts);
    }

    [Fact]
    public async Task GetCountsAsync_EmptyStore_ReturnsZeros()
    {
        var counts = await Store.GetCountsAsync(Ct);

        Assert.Equal(new StoreCounts(0, 0, 0), counts);
    }

    [Fact]
    public async Task ApplyMigrations_RunAgainOnAMigratedStore_IsANoOpAndKeepsTheData()
    {
        await StoreSamplesAsync();

        var applied = await Fixture.ApplyMigrationsAgainAsync(Ct);

        Assert.Equal(0, applied);
        Assert.Equal(new StoreCounts(3, 6, 4), await Store.GetCountsAsync(Ct));
        Assert.Equal(UpsertOutcome.Unchanged, await Store.UpsertAsync(Kyiv, Ct));
    }
}
