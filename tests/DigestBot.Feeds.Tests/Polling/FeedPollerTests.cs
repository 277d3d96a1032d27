using DigestBot.Core.Sources;
using DigestBot.Core.Storage;
using DigestBot.Feeds.Polling;
using DigestBot.Feeds.Tests.Fetching;
using DigestBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Feeds.Tests.Polling;

/// <summary>The hosted poller against real Kestrel and SQLite, with the schedule driven by a stepped fake clock.</summary>
public sealed class FeedPollerTests : IAsyncLifetime
{
    private const string Nyt = "feeds/feedreader__Rss20NYTimes.xml";
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
    private readonly SteppedClock _clock = new(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero));

    private FeedTestBench _bench = null!;

    private FeedTestServer Server => _bench.Server;

    public async Task InitializeAsync() => _bench = await FeedTestBench.StartAsync("digestbot-poller-");

    public async Task DisposeAsync() => await _bench.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_OneFeedHangs_OtherFeedKeepsItsSchedule()
    {
        await using var services = CreateServices();
        var recorder = services.GetRequiredService<RecordingSourceStore>();
        var store = services.GetRequiredService<IArticleStore>();
        string slow = Url("hang"), nyt = Url(Nyt);
        // The slow feed is due first and the good one 10 s later, while the slow one's request hangs.
        await recorder.SaveStateAsync(FeedSourceState.Unpolled(slow) with { NextPollAt = _clock.Start }, CancellationToken.None);
        await recorder.SaveStateAsync(FeedSourceState.Unpolled(nyt) with { NextPollAt = _clock.Start.AddSeconds(10) }, CancellationToken.None);
        var poller = services.GetServices<IHostedService>().OfType<FeedPoller>().Single();

        await poller.StartAsync(CancellationToken.None);
        await _clock.RunUntilAsync(
            () => recorder.Polls(nyt).Count >= 2 && recorder.Polls(slow).Count >= 1,
            () => recorder.InFlight.Count == 0 || (recorder.InFlight.All(url => url == slow) && SlowFetchHangs(recorder)),
            () => recorder.EarliestDue,
            "two polls of the good feed and the slow feed's timeout");
        await poller.StopAsync(CancellationToken.None);

        var hung = recorder.Polls(slow)[0];
        var good = recorder.Polls(nyt);
        Assert.Equal(1, Server.Requests("hang"));
        Assert.Contains("timed out", hung.Saved.LastError, StringComparison.Ordinal);
        Assert.Equal(hung.ClaimedAt + Timeout, hung.Saved.LastFetchAt);
        Assert.Equal(_clock.Start.AddSeconds(10), good[0].ClaimedAt);
        Assert.True(good[0].Saved.LastFetchAt < hung.Saved.LastFetchAt, "the good feed was not polled while the slow one hung");
        Assert.All(good, p => Assert.Equal(p.ClaimedFor, p.ClaimedAt));
        Assert.InRange(good[1].ClaimedAt - good[0].ClaimedAt, Interval * 0.9, Interval * 1.1);
        Assert.All(good, p => Assert.Equal(0, p.Saved.ConsecutiveFailures));
        Assert.Equal(33, (await store.GetCountsAsync(CancellationToken.None)).Articles);
        Assert.Equal(1, Server.BodiesServed);
    }

    private string Url(string path) => Server.Url(path).AbsoluteUri;

    // Time may move while the slow feed's request hangs on the server with its fetch timeout still pending; not once the
    // timeout fired, until that poll has saved its state.
    private bool SlowFetchHangs(RecordingSourceStore recorder) =>
        Server.Requests("hang") >= 1
        && recorder.InFlightSince(Url("hang")) is { } claimed
        && _clock.PendingFireTimes.Contains(claimed + Timeout);

    private ServiceProvider CreateServices() => _bench.CreatePollerServices(
        new Dictionary<string, string?>
        {
            ["Sources:0:Url"] = Url("hang"),
            ["Sources:0:Name"] = "hang",
            ["Sources:1:Url"] = Url(Nyt),
            ["Sources:1:Name"] = "nyt",
            ["Sources:Timeout"] = "00:01:00",
            ["Sources:DefaultInterval"] = "00:15:00",
            ["Sources:AllowPrivateAddresses"] = "true",
        },
        _clock);
}
