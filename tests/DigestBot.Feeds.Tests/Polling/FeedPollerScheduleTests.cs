using DigestBot.Core.Sources;
using DigestBot.Feeds.Polling;
using DigestBot.Feeds.Tests.Fetching;
using DigestBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Feeds.Tests.Polling;

/// <summary>
/// The hosted poller's timing against real Kestrel and SQLite on a stepped fake clock: time moves only while no poll is
/// in flight and the poller sleeps, so "polled on time" is an exact assertion, independent of the machine's load
/// (the real-time scenario in <see cref="FeedPollerScenarioTests"/> can then only check lower bounds and what was scheduled).
/// </summary>
public sealed class FeedPollerScheduleTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxFirstSpread = TimeSpan.FromSeconds(30);
    private readonly SteppedClock _clock = new(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero));
    private FeedTestBench _bench = null!;

    private FeedTestServer Server => _bench.Server;

    public async Task InitializeAsync() => _bench = await FeedTestBench.StartAsync("digestbot-schedule-");

    public async Task DisposeAsync() => await _bench.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_HealthyAndFailingFeeds_EveryPollStartsExactlyWhenDue()
    {
        var healthy = await FeedFixtures.HealthyAsync(5);
        string[] paths = [.. healthy, "fail"];
        await using var services = CreateServices(paths);
        var recorder = services.GetRequiredService<RecordingSourceStore>();
        await SeedDueTimesAsync(recorder, paths);
        var poller = services.GetServices<IHostedService>().OfType<FeedPoller>().Single();

        await poller.StartAsync(CancellationToken.None);
        await _clock.RunUntilAsync(
            () => healthy.All(p => recorder.Polls(Url(p)).Count >= 6) && recorder.Polls(Url("fail")).Count >= 4,
            () => recorder.InFlight.Count == 0,
            () => recorder.EarliestDue,
            "6 polls of each healthy feed and 4 of the failing one");
        await poller.StopAsync(CancellationToken.None);

        // Not a tick late (nor early): each poll was claimed at exactly the due time it was claimed for, and ran at it.
        var polls = paths.SelectMany(p => recorder.Polls(Url(p))).ToList();
        Assert.All(polls, p => Assert.Equal(p.ClaimedFor, p.ClaimedAt));
        Assert.All(polls, p => Assert.Equal(p.ClaimedAt, p.Saved.LastFetchAt));

        // Healthy feeds: every interval within the ±10% jitter, no slack; all but the first poll answered 304.
        foreach (var path in healthy)
        {
            var mine = recorder.Polls(Url(path));
            Assert.All(mine, p => Assert.Null(p.Saved.LastError));
            Assert.All(Gaps(mine), gap => Assert.InRange(gap, Interval * 0.9, Interval * 1.1));
            Assert.All(Server.Log.Where(r => r.Path == "/" + path).Skip(1), r => Assert.Equal(304, r.Status));
        }

        // The failing feed backs off 2, 4, 8 intervals (x 0.9-1.1).
        var fail = Gaps(recorder.Polls(Url("fail")));
        Assert.Equal(3, fail.Count);
        Assert.InRange(fail[0], Interval * 1.8, Interval * 2.2);
        Assert.InRange(fail[1], Interval * 3.6, Interval * 4.4);
        Assert.InRange(fail[2], Interval * 7.2, Interval * 8.8);
    }

    [Fact]
    public async Task ExecuteAsync_FeedAddedToTheStoreWhileAsleep_FirstPolledWithinRefreshAndFirstSpread()
    {
        var feeds = await FeedFixtures.HealthyAsync(2);
        await using var services = CreateServices([feeds[0]]);
        var recorder = services.GetRequiredService<RecordingSourceStore>();
        await SeedDueTimesAsync(recorder, [feeds[0]]);
        var poller = services.GetServices<IHostedService>().OfType<FeedPoller>().Single();
        await poller.StartAsync(CancellationToken.None);
        await _clock.RunUntilAsync(() => recorder.Polls(Url(feeds[0])).Count >= 1, () => recorder.InFlight.Count == 0, () => recorder.EarliestDue);

        // Added as chat does it, but straight to the store (no wake-up): only the poller's periodic re-read can find it.
        var addedAt = _clock.GetUtcNow();
        await recorder.AddAsync(new FeedSource(Url(feeds[1]), "late", Interval, "U-test", "test:C1", addedAt), CancellationToken.None);
        var deadline = addedAt + Refresh + MaxFirstSpread;
        await _clock.RunUntilAsync(
            () => recorder.Polls(Url(feeds[1])).Count >= 1,
            () => recorder.InFlight.Count == 0,
            () => recorder.EarliestDue is { } due && due < deadline ? due : deadline,
            $"the first poll of the feed added at {addedAt:O}, by {deadline:O}");
        await poller.StopAsync(CancellationToken.None);

        Assert.InRange(recorder.Polls(Url(feeds[1]))[0].ClaimedAt, addedAt, deadline);
    }

    private static List<TimeSpan> Gaps(IReadOnlyList<FeedPoll> polls) =>
        polls.Zip(polls.Skip(1), (a, b) => b.ClaimedAt - a.ClaimedAt).ToList();

    // Known first due times, a minute apart, so the test knows every feed's due (an unpolled feed's is random).
    private async Task SeedDueTimesAsync(RecordingSourceStore recorder, IReadOnlyList<string> paths)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            var state = FeedSourceState.Unpolled(Url(paths[i])) with { NextPollAt = _clock.GetUtcNow() + TimeSpan.FromMinutes(i + 1) };
            await recorder.SaveStateAsync(state, CancellationToken.None);
        }
    }

    private string Url(string path) => Server.Url(path).AbsoluteUri;

    private ServiceProvider CreateServices(IReadOnlyList<string> paths)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sources:Timeout"] = "00:01:00",
            ["Sources:RefreshInterval"] = "00:00:30",
            ["Sources:DefaultInterval"] = "00:15:00",
            ["Sources:AllowPrivateAddresses"] = "true",
        };
        for (var i = 0; i < paths.Count; i++)
        {
            settings[$"Sources:{i}:Url"] = Url(paths[i]);
            settings[$"Sources:{i}:Name"] = paths[i];
        }

        return _bench.CreatePollerServices(settings, _clock);
    }
}
