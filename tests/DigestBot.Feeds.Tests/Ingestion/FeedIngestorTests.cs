using DigestBot.Core.Articles;
using DigestBot.Core.Ingestion;
using DigestBot.Core.Quotes;
using DigestBot.Core.Sources;
using DigestBot.Core.Storage;
using DigestBot.Feeds.Ingestion;
using DigestBot.Feeds.Sources;
using DigestBot.Feeds.Tests.Fetching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Tests.Ingestion;

/// <summary>Feed ingestion into a real SQLite file, fetched from a real Kestrel server on loopback.</summary>
public sealed class FeedIngestorTests : IAsyncLifetime
{
    private FeedTestBench _bench = null!;

    private FeedTestServer Server => _bench.Server;

    public async Task InitializeAsync() => _bench = await FeedTestBench.StartAsync("digestbot-feeds-");

    public async Task DisposeAsync() => await _bench.DisposeAsync();

    [Fact]
    public async Task IngestAsync_SameFeedTwice_SecondPollIsNotModifiedAndStoresNothing()
    {
        await using var services = CreateServices();
        var ingestor = services.GetRequiredService<FeedIngestor>();
        var source = Source("feeds/feedreader__Rss20NYTimes.xml");

        var first = await ingestor.IngestAsync(source, CancellationToken.None);
        var second = await ingestor.IngestAsync(source, CancellationToken.None);

        Assert.Equal(33, first.New);
        Assert.True(second.NotModified);
        Assert.Equal(0, second.New + second.Updated);
        Assert.Equal(1, Server.BodiesServed);
        Assert.Equal(33, (await services.GetRequiredService<IArticleStore>().GetCountsAsync(CancellationToken.None)).Articles);
    }

    [Fact]
    public async Task IngestAsync_RestartThenReorderedAndRedatedFeed_StoresNothingTwice()
    {
        Server.DynamicFeed = TestFeeds.Rss(TestFeeds.WithGuid("Mon, 02 Jan 2023 10:00:00 GMT", "Ministers met."), TestFeeds.LinkOnly, TestFeeds.Bare);
        await using (var before = CreateServices())
        {
            var first = await before.GetRequiredService<FeedIngestor>().IngestAsync(Source("dynamic"), CancellationToken.None);
            Assert.Equal(3, first.New);
        }

        Server.DynamicFeed = TestFeeds.Rss(TestFeeds.Bare, TestFeeds.LinkOnly, TestFeeds.WithGuid("Tue, 03 Jan 2023 11:00:00 GMT", "Ministers met."));
        await using var after = CreateServices();

        var second = await after.GetRequiredService<FeedIngestor>().IngestAsync(Source("dynamic"), CancellationToken.None);

        Assert.Equal((0, 0, 3), (second.New, second.Updated, second.Unchanged));
        Assert.Equal(3, (await after.GetRequiredService<IArticleStore>().GetCountsAsync(CancellationToken.None)).Articles);
    }

    [Fact]
    public async Task IngestAsync_EditedItem_UpdatesTheStoredArticle()
    {
        await using var services = CreateServices();
        var ingestor = services.GetRequiredService<FeedIngestor>();
        Server.DynamicFeed = TestFeeds.Rss(TestFeeds.WithGuid("Mon, 02 Jan 2023 10:00:00 GMT", "Ministers met."), TestFeeds.LinkOnly);
        await ingestor.IngestAsync(Source("dynamic"), CancellationToken.None);
        Server.DynamicFeed = TestFeeds.Rss(TestFeeds.WithGuid("Mon, 02 Jan 2023 10:00:00 GMT", "Ministers met again, officials said."), TestFeeds.LinkOnly);

        var report = await ingestor.IngestAsync(Source("dynamic"), CancellationToken.None);

        Assert.Equal((0, 1, 1), (report.New, report.Updated, report.Unchanged));
        var stored = await services.GetRequiredService<IArticleStore>().ListSourcesAsync(CancellationToken.None);
        Assert.Equal(2, stored.Count);
    }

    [Theory]
    [InlineData("feeds/gofeed__unknown_feed.xml", "not a feed")]
    [InlineData("busy", "429")]
    [InlineData("feeds/no-such-file.xml", "404")]
    public async Task IngestAsync_BrokenFeed_ReportsWhyAndStoresNothing(string path, string reason)
    {
        await using var services = CreateServices();

        var report = await services.GetRequiredService<FeedIngestor>().IngestAsync(Source(path), CancellationToken.None);

        Assert.True(report.Failed);
        Assert.Contains(reason, report.Failure, StringComparison.Ordinal);
        var state = await services.GetRequiredService<ISourceStore>().GetStateAsync(Server.Url(path).AbsoluteUri, CancellationToken.None);
        Assert.Equal(1, state?.ConsecutiveFailures);
        Assert.Contains(reason, state?.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_AfterRestart_SendsConditionalGetAndCountsNothingNew()
    {
        var source = Source("feeds/feedreader__Rss20NYTimes.xml");
        await using (var before = CreateServices())
        {
            await before.GetRequiredService<FeedIngestor>().IngestAsync(source, CancellationToken.None);
        }

        await using var after = CreateServices();

        var report = await after.GetRequiredService<FeedIngestor>().IngestAsync(source, CancellationToken.None);

        Assert.True(report.NotModified);
        Assert.Equal(1, Server.BodiesServed);
        var state = await after.GetRequiredService<ISourceStore>().GetStateAsync(source.Url, CancellationToken.None);
        Assert.Equal((33, 0, 0, 0), (state?.ItemsLastFetched, state?.NewItems, state?.UpdatedItems, state?.ConsecutiveFailures));
    }

    [Fact]
    public async Task IngestAsync_TooManyRequestsWithRetryAfter_NextPollNotBeforeTheServersWait()
    {
        await using var services = CreateServices();
        var started = DateTimeOffset.UtcNow;

        await services.GetRequiredService<FeedIngestor>().IngestAsync(Source("busy"), CancellationToken.None);

        var state = await services.GetRequiredService<ISourceStore>().GetStateAsync(Server.Url("busy").AbsoluteUri, CancellationToken.None);
        Assert.NotNull(state?.NextPollAt);
        Assert.True(state.NextPollAt >= started.AddSeconds(120), $"next poll {state.NextPollAt:O} is sooner than Retry-After 120 s from {started:O}");
    }

    [Fact]
    public async Task IngestAsync_TwoItemsWithOneLinkThenFolderScan_BothStoredAndTheScanKeepsThem()
    {
        Server.DynamicFeed = TestFeeds.Rss(
            TestFeeds.WithGuid("Mon, 02 Jan 2023 10:00:00 GMT", "Ministers met."),
            TestFeeds.WithGuid("Mon, 02 Jan 2023 12:00:00 GMT", "Ministers met again.").Replace("story-1", "story-2", StringComparison.Ordinal));
        await using var services = CreateServices();
        var store = services.GetRequiredService<IArticleStore>();
        var first = await services.GetRequiredService<FeedIngestor>().IngestAsync(Source("dynamic"), CancellationToken.None);
        var root = Directory.CreateTempSubdirectory("digestbot-feeds-root-").FullName;
        var indexer = new ArticleIndexer(store, new QuoteExtractor(), new ArticleParser(), Options.Create(new IngestionOptions()), TimeProvider.System, NullLogger<ArticleIndexer>.Instance);

        try
        {
            var scan = await indexer.IndexAsync(root, ["."], CancellationToken.None);

            Assert.Equal(2, first.New);
            Assert.Equal(0, scan.Removed);
            Assert.Equal(2, (await store.ListSourcesAsync(CancellationToken.None)).Count(s => s.Source == "https://news.example/1"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private FeedSourceOptions Source(string path) => new() { Url = Server.Url(path).AbsoluteUri, Name = path };

    private ServiceProvider CreateServices()
    {
        return _bench.CreateFeedServices(new Dictionary<string, string?>
        {
            ["Sources:AllowPrivateAddresses"] = "true",
        });
    }
}
