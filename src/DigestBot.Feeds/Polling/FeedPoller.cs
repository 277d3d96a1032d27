using DigestBot.Feeds.Ingestion;
using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Polling;

/// <summary>
/// The hosted poller: one loop per configured feed, each on its own schedule, sharing a small pool of fetch slots.
/// A slow or failing feed only delays itself: its loop backs off while the others keep their intervals.
/// </summary>
public sealed partial class FeedPoller(
    FeedIngestor ingestor,
    FeedStateRegistry states,
    IOptions<SourcesOptions> options,
    TimeProvider timeProvider,
    ILogger<FeedPoller> logger) : BackgroundService
{
    /// <summary>Polls every configured feed until the host stops.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Feeds.Count == 0)
        {
            LogNoFeeds(logger);
            return;
        }

        using var slots = new SemaphoreSlim(settings.MaxConcurrentFetches);
        var loops = settings.Feeds.Select(feed => PollLoopAsync(feed, settings, slots, stoppingToken)).ToList();
        await Task.WhenAll(loops).ConfigureAwait(false);
    }

    private async Task PollLoopAsync(FeedSourceOptions feed, SourcesOptions settings, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        var interval = feed.Interval ?? settings.DefaultInterval;
        try
        {
            // Spread the first polls so a restart does not hit every server in the same second.
            var firstDelay = TimeSpan.FromTicks((long)(Math.Min(interval.Ticks, TimeSpan.FromSeconds(30).Ticks) * Random.Shared.NextDouble()));
            await Task.Delay(firstDelay, timeProvider, stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                await PollOnceAsync(feed, slots, stoppingToken).ConfigureAwait(false);
                var state = states.Get(new Uri(feed.Url).AbsoluteUri);
                var delay = FeedSchedule.NextDelay(interval, state.ConsecutiveFailures, state.RetryAfter, settings.MaxBackoff, Random.Shared.NextDouble());
                LogNext(logger, feed.DisplayName, delay);
                await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PollOnceAsync(FeedSourceOptions feed, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
        try
        {
            await ingestor.IngestAsync(feed, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A store or engine fault on one feed is logged and retried on the backoff schedule, not fatal to the poller.
            var state = states.Get(new Uri(feed.Url).AbsoluteUri);
            state.ConsecutiveFailures++;
            state.LastFailure = ex.Message;
            LogPollFailed(logger, feed.DisplayName, ex);
        }
        finally
        {
            slots.Release();
        }
    }

    [LoggerMessage(EventId = 320, Level = LogLevel.Information, Message = "No feeds configured (Sources); the feed poller is idle")]
    private static partial void LogNoFeeds(ILogger logger);

    [LoggerMessage(EventId = 321, Level = LogLevel.Debug, Message = "Feed {Name}: next poll in {Delay}")]
    private static partial void LogNext(ILogger logger, string name, TimeSpan delay);

    [LoggerMessage(EventId = 322, Level = LogLevel.Error, Message = "Feed {Name}: poll failed unexpectedly")]
    private static partial void LogPollFailed(ILogger logger, string name, Exception exception);
}
