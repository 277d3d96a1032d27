using System.Text.Json;
using DigestBot.Core.Articles;
using DigestBot.Core.Corpus;
using DigestBot.Core.Ingestion;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.StoreContract;

/// <summary>
/// A folder scan on a real store next to articles from elsewhere (a corpus import, a feed item): it removes only the
/// articles of files gone from the folder it scans, even when that folder is the content root ".".
/// </summary>
public abstract class FolderIndexContract<TFixture>(TFixture fixture) : StoreContractTests<TFixture>(fixture), IDisposable
    where TFixture : IStoreFixture
{
    private const string FeedSource = "https://news.example.org/2026/11/ports.md";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestbot-folder-index", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task IndexAsync_RootFolderAfterCorpusImportAndFeedItem_KeepsEveryArticleFromElsewhere()
    {
        await ArrangeArchiveAsync();

        var first = await Indexer().IndexAsync(_root, ["."], Ct);
        var second = await Indexer().IndexAsync(_root, ["."], Ct);

        Assert.Equal((3, 0), (first.Added, first.Removed));
        Assert.Equal((3, 0), (second.Unchanged, second.Removed));
        Assert.Equal(
            ["corpus.jsonl#101", "corpus.jsonl#notes/102.txt", FeedSource, "news/a.txt", "news/b.md", "top.txt"],
            await SourcesAsync());
    }

    [Fact]
    public async Task IndexAsync_FileDeletedFromScannedFolder_RemovesOnlyThatArticle()
    {
        await ArrangeArchiveAsync();
        await Indexer().IndexAsync(_root, ["."], Ct);
        File.Delete(Path.Combine(_root, "news", "b.md"));

        var report = await Indexer().IndexAsync(_root, ["."], Ct);

        Assert.Equal(1, report.Removed);
        Assert.Equal(
            ["corpus.jsonl#101", "corpus.jsonl#notes/102.txt", FeedSource, "news/a.txt", "top.txt"],
            await SourcesAsync());
    }

    [Fact]
    public async Task IndexAsync_FileGoneOutsideTheScannedFolder_KeptUntilItsOwnFolderIsScanned()
    {
        await ArrangeArchiveAsync();
        await Indexer().IndexAsync(_root, ["."], Ct);
        File.Delete(Path.Combine(_root, "top.txt"));

        var news = await Indexer().IndexAsync(_root, ["news"], Ct);
        var keptAfterNews = (await SourcesAsync()).Contains("top.txt");
        var root = await Indexer().IndexAsync(_root, ["."], Ct);

        Assert.Equal(0, news.Removed);
        Assert.True(keptAfterNews, "a scan of news/ must not remove top.txt");
        Assert.Equal(1, root.Removed);
        Assert.DoesNotContain("top.txt", await SourcesAsync());
        Assert.Equal(5, (await Store.GetCountsAsync(Ct)).Articles);
    }

    [Fact]
    public async Task IndexAsync_TwoFeedItemsWithTheSameLink_IndexesAndImportsAndKeepsBoth()
    {
        // Two feeds (or one feed with two guids) carrying the same link: two articles, one source.
        await ArrangeArchiveAsync();
        await StoreFeedItemAsync("feed-fedcba9876543210", "\"Cargo is moving again, at last,\" said Maria de Vries.");

        var index = await Indexer().IndexAsync(_root, ["."], Ct);
        var import = await Importer().ImportAsync(Path.Combine(_root, "corpus.jsonl"), 10, null, Ct);

        Assert.Equal((3, 0), (index.Added, index.Removed));
        Assert.Equal(2, import.Progress.Unchanged);
        Assert.Equal(2, (await Store.ListSourcesAsync(Ct)).Count(s => s.Source == FeedSource));
    }

    /// <summary>Files news/a.txt, news/b.md and top.txt; corpus.jsonl (two records, imported) beside them; one stored feed item.</summary>
    private async Task ArrangeArchiveAsync()
    {
        Write("news/a.txt", "GENEVA\n\"Talks will continue next week,\" said Lena Park, a mediator.");
        Write("news/b.md", "OSLO\n\"The fund is ready,\" Erik Dahl told reporters.");
        Write("top.txt", "LISBON\n\"We expect a deal,\" said Ana Costa, the minister.");
        Write("corpus.jsonl", string.Join('\n', CorpusLine("101", "\"Rates stay unchanged,\" said Ida Berg."), CorpusLine("notes/102.txt", "\"Exports grew,\" said Omar Haddad.")));
        var import = await Importer().ImportAsync(Path.Combine(_root, "corpus.jsonl"), 10, null, Ct);
        Assert.Equal(2, import.Progress.Added);

        await StoreFeedItemAsync("feed-0123456789abcdef", "\"Cargo is moving again,\" said Maria de Vries.");
    }

    /// <summary>A feed item: its source is its link (here ending in .md) and its id comes from the feed item identity, not the path.</summary>
    private async Task StoreFeedItemAsync(string id, string text)
    {
        var parsed = new ArticleParser().Parse(FeedSource, "ROTTERDAM\n" + text, DateTimeOffset.UtcNow);
        var article = parsed.Article with { Id = id };
        Assert.Equal(UpsertOutcome.Added, await Store.UpsertAsync(new AnalysedArticle(article, parsed.Paragraphs, new ArticleAnalysis([], [])), Ct));
    }

    private static string CorpusLine(string id, string text) =>
        JsonSerializer.Serialize(new { id, title = "Economy " + id, date = "2026-11-20T09:00:00Z", source = "Hand-written", text });

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private async Task<List<string>> SourcesAsync() =>
        [.. (await Store.ListSourcesAsync(Ct)).Select(s => s.Source).Order(StringComparer.Ordinal)];

    private ArticleIndexer Indexer() =>
        new(Store, new QuoteExtractor(), new ArticleParser(), Options.Create(new IngestionOptions()), TimeProvider.System, NullLogger<ArticleIndexer>.Instance);

    private CorpusImporter Importer() =>
        new(Store, new QuoteExtractor(), new ArticleParser(), TimeProvider.System, NullLogger<CorpusImporter>.Instance);
}
