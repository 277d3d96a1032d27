using DigestBot.Feeds.Fetching;
using DigestBot.Feeds.Parsing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Feeds.Tests.Fetching;

public sealed class FeedFetcherTests : IAsyncLifetime
{
    private FeedTestServer _server = null!;

    public async Task InitializeAsync() => _server = await FeedTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task FetchAsync_SecondFetchWithEtag_Returns304WithoutBody()
    {
        var fetcher = CreateFetcher();
        var url = _server.Url("feeds/feedreader__Rss20NYTimes.xml");
        var first = await fetcher.FetchAsync(url, FeedValidators.None, CancellationToken.None);

        var second = await fetcher.FetchAsync(url, first.Validators, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Fetched, first.Status);
        Assert.Equal(33, FeedParser.Parse(first.Body.Span, url).Items.Count);
        Assert.Equal(FeedFetchStatus.NotModified, second.Status);
        Assert.True(second.Body.IsEmpty);
        Assert.Equal(1, _server.BodiesServed);
    }

    [Fact]
    public async Task FetchAsync_429WithRetryAfter_FailsWithTheServersDelay()
    {
        var fetcher = CreateFetcher();

        var result = await fetcher.FetchAsync(_server.Url("busy"), FeedValidators.None, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Contains("429", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_500ThenOk_FailsThenRecovers()
    {
        var fetcher = CreateFetcher();

        var failed = await fetcher.FetchAsync(_server.Url("flaky"), FeedValidators.None, CancellationToken.None);
        var recovered = await fetcher.FetchAsync(_server.Url("flaky"), FeedValidators.None, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, failed.Status);
        Assert.Contains("500", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(FeedFetchStatus.Fetched, recovered.Status);
    }

    [Fact]
    public async Task FetchAsync_SlowServer_FailsAtTheTimeout()
    {
        // The server holds the request 20 s; the 1 min timeout runs on a fake clock moved by exactly 1 min once the request
        // arrived, so it can only end "timed out" if the timeout is measured on the injected clock.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var fetcher = CreateFetcher(clock, ("Sources:Timeout", "00:01:00"));

        var fetching = fetcher.FetchAsync(_server.Url("slow"), FeedValidators.None, CancellationToken.None);
        using (var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (_server.Requests("slow") == 0)
            {
                await Task.Delay(10, guard.Token);
            }
        }

        var beforeTheTimeout = fetching.IsCompleted;
        clock.Advance(TimeSpan.FromMinutes(1));
        var result = await fetching.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.False(beforeTheTimeout);
        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("timed out", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_50MegabyteBody_IsCutAtTheCap()
    {
        var fetcher = CreateFetcher(("Sources:MaxFeedBytes", "1048576"));

        var result = await fetcher.FetchAsync(_server.Url("huge"), FeedValidators.None, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("Sources:MaxFeedBytes", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_FailsNamingTheLoop()
    {
        var fetcher = CreateFetcher();

        var result = await fetcher.FetchAsync(_server.Url("loop/a"), FeedValidators.None, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("redirect loop", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RedirectChainLongerThanLimit_Fails()
    {
        var fetcher = CreateFetcher(("Sources:MaxRedirects", "2"));

        var result = await fetcher.FetchAsync(_server.Url("chain/5"), FeedValidators.None, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("too many redirects", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_PermanentRedirect_FollowsAndReportsTheFinalAddress()
    {
        var fetcher = CreateFetcher();

        var result = await fetcher.FetchAsync(_server.Url("moved"), FeedValidators.None, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Equal(_server.Url("feeds/feedparser__examples_atom10.xml"), result.Address);
    }

    [Fact]
    public async Task FetchAsync_GzipBody_IsDecompressed()
    {
        var fetcher = CreateFetcher();
        var url = _server.Url("gzip/rssparser__guardian.rss");

        var result = await fetcher.FetchAsync(url, FeedValidators.None, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Equal(55, FeedParser.Parse(result.Body.Span, url).Items.Count);
    }

    [Fact]
    public async Task FetchAsync_LoopbackWithDefaultSettings_IsRefused()
    {
        var fetcher = CreateFetcher(("Sources:AllowPrivateAddresses", "false"));

        var result = await fetcher.FetchAsync(_server.Url("feeds/feedreader__Rss20NYTimes.xml"), FeedValidators.None, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("refused", result.Reason, StringComparison.Ordinal);
        Assert.Contains("Sources:AllowPrivateAddresses", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _server.BodiesServed);
    }

    [Fact]
    public async Task FetchAsync_NonHttpScheme_IsRefused()
    {
        var fetcher = CreateFetcher();

        var result = await fetcher.FetchAsync(new Uri("file:///etc/passwd"), FeedValidators.None, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("not an http or https address", result.Reason, StringComparison.Ordinal);
    }

    private static FeedFetcher CreateFetcher(params (string Key, string Value)[] settings) => CreateFetcher(TimeProvider.System, settings);

    private static FeedFetcher CreateFetcher(TimeProvider time, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["Sources:AllowPrivateAddresses"] = "true" };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var provider = new ServiceCollection().AddLogging().AddSingleton(time).AddFeeds(configuration).BuildServiceProvider();
        return provider.GetRequiredService<FeedFetcher>();
    }
}
