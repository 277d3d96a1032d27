using DigestBot.Core.Quotes;
using DigestBot.Core.Sources;
using DigestBot.Core.Storage;
using DigestBot.Feeds.Polling;
using DigestBot.Feeds.Tests.Fetching;
using DigestBot.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Feeds.Tests.Polling;

/// <summary>The hosted poller against real Kestrel and SQLite, with the schedule driven by a fake clock.</summary>
public sealed class FeedPollerTests : IAsyncLifetime
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero));

    private FeedTestBench _bench = null!;

    private FeedTestServer Server => _bench.Server;

    public async Task InitializeAsync() => _bench = await FeedTestBench.StartAsync("digestbot-poller-");

    public async Task DisposeAsync() => await _bench.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_OneFeedHangs_OtherFeedKeepsItsSchedule()
    {
        await using var services = CreateServices();
        var poller = services.GetServices<IHostedService>().OfType<FeedPoller>().Single();
        var states = services.GetRequiredService<ISourceStore>();
        var store = services.GetRequiredService<IArticleStore>();
        await poller.StartAsync(CancellationToken.None);

        // Both feeds start at once on their own loops: wait until the good feed is stored and the slow one's request
        // has reached the server (it may arrive after the other feed is already done).
        await AdvanceUntilAsync(
            TimeSpan.FromSeconds(1),
            async () => (await store.GetCountsAsync(CancellationToken.None)).Articles == 33 && Server.Requests("slow") >= 1);
        var slowFirstRequests = Server.Requests("slow");
        await AdvanceUntilAsync(TimeSpan.FromSeconds(10), () => Task.FromResult(Server.Requests("feeds/feedreader__Rss20NYTimes.xml") == 2));
        var elapsed = _clock.GetUtcNow() - _clock.Start;
        await poller.StopAsync(CancellationToken.None);

        Assert.InRange(elapsed, TimeSpan.FromMinutes(13.5), TimeSpan.FromMinutes(17.5));

        Assert.Equal(1, slowFirstRequests);
        Assert.Contains("timed out", (await states.GetStateAsync(Server.Url("slow").AbsoluteUri, CancellationToken.None))?.LastError, StringComparison.Ordinal);
        Assert.Equal(0, (await states.GetStateAsync(Server.Url("feeds/feedreader__Rss20NYTimes.xml").AbsoluteUri, CancellationToken.None))?.ConsecutiveFailures);
        Assert.Equal(1, Server.BodiesServed);
    }

    private ServiceProvider CreateServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sources:0:Url"] = Server.Url("slow").AbsoluteUri,
            ["Sources:0:Name"] = "slow",
            ["Sources:1:Url"] = Server.Url("feeds/feedreader__Rss20NYTimes.xml").AbsoluteUri,
            ["Sources:1:Name"] = "nyt",
            ["Sources:Timeout"] = "00:01:00",
            ["Sources:AllowPrivateAddresses"] = "true",
            ["Storage:Sqlite:Path"] = _bench.DatabasePath,
        }).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_clock)
            .AddSqliteStore(configuration)
            .AddSingleton<IQuoteExtractor, QuoteExtractor>()
            .AddFeeds(configuration)
            .AddFeedPolling()
            .BuildServiceProvider();
    }

    // The poller runs on its own threads: move the fake clock in small steps until the condition holds.
    private async Task AdvanceUntilAsync(TimeSpan step, Func<Task<bool>> condition)
    {
        using var limit = new CancellationTokenSource(WaitLimit);
        while (!await condition())
        {
            await Task.Delay(50, limit.Token);
            _clock.Advance(step);
        }
    }
}
