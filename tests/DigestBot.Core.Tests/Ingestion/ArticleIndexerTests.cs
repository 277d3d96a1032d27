using System.Text;
using DigestBot.Core.Articles;
using DigestBot.Core.Ingestion;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;

namespace DigestBot.Core.Tests.Ingestion;

public sealed class ArticleIndexerTests : IDisposable
{
    private const string GoodText = "GENEVA\n\"It is vital,\" Kaja Kallas said.";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestbot-indexer", Guid.NewGuid().ToString("N"));
    private readonly Mock<IArticleStore> _store = new();
    private readonly Mock<IQuoteExtractor> _extractor = new();
    private readonly ListLogger<ArticleIndexer> _logger = new();
    private readonly List<AnalysedArticle> _upserted = [];
    private List<StoredSource> _known = [];

    public ArticleIndexerTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        _extractor.Setup(e => e.Analyze(It.IsAny<string>())).Returns(new ArticleAnalysis([], []));
        _store.Setup(s => s.ListSourcesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() => _known);
        _store.Setup(s => s.UpsertAsync(It.IsAny<AnalysedArticle>(), It.IsAny<CancellationToken>()))
            .Callback<AnalysedArticle, CancellationToken>((a, _) => _upserted.Add(a))
            .ReturnsAsync(UpsertOutcome.Added);
        _store.Setup(s => s.RemoveAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyCollection<string> sources, CancellationToken _) => sources.Count);
        _store.Setup(s => s.GetCountsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new StoreCounts(1, 0, 0));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task IndexConfiguredAsync_NewFile_AnalysesAndUpsertsWithRelativeSource()
    {
        Write("seeds/a.txt", GoodText);
        Write("seeds/ignored.json", "{}");

        var report = await Indexer().IndexConfiguredAsync(_root, CancellationToken.None);

        Assert.Equal((1, 0, 0, 0), (report.Added, report.Updated, report.Unchanged, report.Removed));
        var article = Assert.Single(_upserted).Article;
        Assert.Equal(("seeds/a.txt", "GENEVA", GoodText), (article.Source, article.Dateline, article.Text));
        _extractor.Verify(e => e.Analyze(GoodText), Times.Once);
    }

    [Fact]
    public async Task IndexConfiguredAsync_SameHashAlreadyStored_SkipsAnalysisAndUpsert()
    {
        Write("seeds/a.txt", GoodText);
        _known = [new StoredSource(ArticleParser.IdFor("seeds/a.txt"), "seeds/a.txt", ArticleParser.HashOf(GoodText))];

        var report = await Indexer().IndexConfiguredAsync(_root, CancellationToken.None);

        Assert.Equal((0, 1), (report.Added, report.Unchanged));
        Assert.Empty(_upserted);
        _extractor.Verify(e => e.Analyze(It.IsAny<string>()), Times.Never);
    }

    [Fact]
    public async Task IndexConfiguredAsync_StoredFileGone_RemovesOnlySourcesUnderScannedFolders()
    {
        _known = [FileSource("seeds/gone.txt"), FileSource("elsewhere/kept.txt")];

        var report = await Indexer().IndexConfiguredAsync(_root, CancellationToken.None);

        Assert.Equal(1, report.Removed);
        _store.Verify(s => s.RemoveAsync(It.Is<IReadOnlyCollection<string>>(c => c.SequenceEqual(new[] { "seeds/gone.txt" })), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task IndexAsync_RootFolder_RemovesGoneFilesButNotCorpusRecordsFeedItemsOrFilesOutsideTheRoot()
    {
        Write("seeds/a.txt", GoodText);
        _known =
        [
            FileSource("seeds/gone.txt"),
            FileSource("corpus.jsonl#notes/1.txt"),
            FileSource("archive.jsonl.gz#42"),
            new StoredSource("feed-0123456789abcdef", "https://example.org/news/item.md", "h"),
            new StoredSource("feed-fedcba9876543210", "seeds/feed-link.txt", "h"),
            FileSource("../outside/b.txt"),
        ];

        var report = await Indexer().IndexAsync(_root, ["."], CancellationToken.None);

        Assert.Equal(1, report.Removed);
        _store.Verify(s => s.RemoveAsync(It.Is<IReadOnlyCollection<string>>(c => c.SequenceEqual(new[] { "seeds/gone.txt" })), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task IndexAsync_FolderOutsideTheContentRoot_RemovesItsGoneFiles()
    {
        var outside = Path.Combine(Path.GetDirectoryName(_root)!, Path.GetFileName(_root) + "-outside");
        Directory.CreateDirectory(outside);
        var prefix = "../" + Path.GetFileName(outside) + "/";
        _known = [FileSource(prefix + "gone.txt"), FileSource("seeds/kept.txt")];

        try
        {
            var report = await Indexer().IndexAsync(_root, [outside], CancellationToken.None);

            Assert.Equal(1, report.Removed);
            _store.Verify(s => s.RemoveAsync(It.Is<IReadOnlyCollection<string>>(c => c.SequenceEqual(new[] { prefix + "gone.txt" })), It.IsAny<CancellationToken>()), Times.Once);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task IndexConfiguredAsync_BadFiles_SkipsEachWithReasonAndIndexesTheRest()
    {
        Write("seeds/good.txt", GoodText);
        Write("seeds/empty.txt", "");
        File.WriteAllBytes(Path.Combine(_root, "seeds", "binary.md"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        File.WriteAllBytes(Path.Combine(_root, "seeds", "latin1.txt"), Encoding.Latin1.GetBytes("Zürich café"));
        Write("seeds/big.txt", new string('a', 300));

        var report = await Indexer(maxBytes: 200).IndexConfiguredAsync(_root, CancellationToken.None);

        Assert.Equal(1, report.Added);
        Assert.Equal(
            ["seeds/big.txt", "seeds/binary.md", "seeds/empty.txt", "seeds/latin1.txt"],
            report.Skipped.Select(s => s.Path).Order(StringComparer.Ordinal));
        Assert.Equal(4, _logger.Entries.Count(e => e.Level == LogLevel.Warning));
        Assert.Contains(_logger.Entries, e => e.Message.Contains("seeds/latin1.txt", StringComparison.Ordinal) && e.Message.Contains("UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IndexConfiguredAsync_SameBadFileTwice_WarnsOnce()
    {
        Write("seeds/empty.txt", "");
        var indexer = Indexer();

        await indexer.IndexConfiguredAsync(_root, CancellationToken.None);
        var second = await indexer.IndexConfiguredAsync(_root, CancellationToken.None);

        Assert.Single(second.Skipped);
        Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task IndexConfiguredAsync_EngineThrows_SkipsThatFileAndGoesOn()
    {
        Write("seeds/a.txt", GoodText);
        Write("seeds/b.txt", "GENEVA\nBoom.");
        _extractor.Setup(e => e.Analyze("GENEVA\nBoom.")).Throws(new InvalidOperationException("boom"));

        var report = await Indexer().IndexConfiguredAsync(_root, CancellationToken.None);

        Assert.Equal(1, report.Added);
        Assert.Equal("quote engine failed: boom", Assert.Single(report.Skipped).Reason);
    }

    [Fact]
    public async Task IndexAsync_MissingFolder_WarnsAndReportsNothing()
    {
        var report = await Indexer().IndexAsync(_root, ["nope"], CancellationToken.None);

        Assert.Equal(0, report.Added + report.Removed + report.Skipped.Count);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("nope", StringComparison.Ordinal));
    }

    private ArticleIndexer Indexer(long maxBytes = 2 * 1024 * 1024)
    {
        var options = new IngestionOptions { MaxFileBytes = maxBytes };
        return new ArticleIndexer(_store.Object, _extractor.Object, new ArticleParser(), Options.Create(options), TimeProvider.System, _logger);
    }

    private static StoredSource FileSource(string source) => new(ArticleParser.IdFor(source), source, "h");

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text, new UTF8Encoding(false));
}
