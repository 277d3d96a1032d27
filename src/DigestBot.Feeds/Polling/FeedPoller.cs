using System.Collections.Concurrent;
using DigestBot.Core.Sources;
using DigestBot.Feeds.Ingestion;
using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Polling;

/// <summary>
/// The hosted poller. Each cycle it reads the feeds (configured and chat-added) and their stored state, starts a poll
/// for every feed that is due and not already running, and sleeps until the next due time, the refresh interval, or
/// a wake-up (a poll ended, a feed was added). Downloads share a small pool of fetch slots (<see cref="Fetching.FetchSlots"/>); a slow or failing feed only
/// delays itself. Due times live in the store, so a restart keeps every feed's schedule and backoff.
/// </summary>
public sealed partial class FeedPoller(
    SourceCatalog catalog,
    ISourceStore store,
    FeedIngestor ingestor,
    PollerWakeup wakeup,
    IOptions<SourcesOptions> options,
    TimeProvider timeProvider,
    ILogger<FeedPoller> logger) : BackgroundService
{
    private static readonly TimeSpan MaxFirstSpread = TimeSpan.FromSeconds(30);

    /// <summary>Polls every feed until the host stops.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var running = new ConcurrentDictionary<string, Task>(StringComparer.Ordinal);
        var firstDue = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var idleLogged = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = settings.RefreshInterval;
                try
                {
                    var sources = await catalog.ListAsync(stoppingToken).ConfigureAwait(false);
                    if (sources.Count == 0 && !idleLogged)
                    {
                        LogNoFeeds(logger);
                    }

                    idleLogged = sources.Count == 0;

                    // Which polls are in flight, taken before the states are read: a poll that ends after this point
                    // is skipped now, and one that ended before it has already saved its next due time.
                    var busy = running.Where(p => !p.Value.IsCompleted).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
                    var states = (await store.ListStatesAsync(stoppingToken).ConfigureAwait(false))
                        .ToDictionary(s => s.Url, StringComparer.Ordinal);
                    wait = StartDue(sources, states, busy, firstDue, running, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The store is unreachable: running polls carry on; try again after the refresh interval.
                    LogCycleFailed(logger, ex);
                }

                await wakeup.SleepAsync(wait, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await Task.WhenAll(running.Values).ConfigureAwait(false);
        }
    }

    // Starts the due polls and returns how long to sleep before the next one is due (at most the refresh interval).
    private TimeSpan StartDue(
        IReadOnlyList<CatalogSource> sources,
        Dictionary<string, FeedSourceState> states,
        HashSet<string> busy,
        Dictionary<string, DateTimeOffset> firstDue,
        ConcurrentDictionary<string, Task> running,
        CancellationToken stoppingToken)
    {
        var now = timeProvider.GetUtcNow();
        var wake = now + options.Value.RefreshInterval;
        foreach (var source in sources)
        {
            if (busy.Contains(source.Key))
            {
                continue;
            }

            var stored = states.TryGetValue(source.Key, out var state) ? state.NextPollAt : null;
            var due = stored ?? FirstDue(source, firstDue, now);
            if (due > now)
            {
                wake = due < wake ? due : wake;
                continue;
            }

            running[source.Key] = PollAsync(source, stored, running, stoppingToken);
        }

        return wake - now;
    }

    // A feed never polled gets a random first time within min(interval, 30 s), so a start does not hit every server at once.
    private DateTimeOffset FirstDue(CatalogSource source, Dictionary<string, DateTimeOffset> firstDue, DateTimeOffset now)
    {
        if (!firstDue.TryGetValue(source.Key, out var due))
        {
            var interval = source.Feed.Interval ?? options.Value.DefaultInterval;
            var spread = interval < MaxFirstSpread ? interval : MaxFirstSpread;
            due = now + (spread * Random.Shared.NextDouble());
            firstDue[source.Key] = due;
        }

        return due;
    }

    // Claims the poll first (compare-and-set on the due time this cycle read), so when several replicas see the same
    // feed due only one polls it; the lease covers a replica that dies mid-poll. The ingest then stores the real next time.
    private async Task PollAsync(CatalogSource source, DateTimeOffset? readDue, ConcurrentDictionary<string, Task> running, CancellationToken stoppingToken)
    {
        await Task.Yield();
        DateTimeOffset? lease = null;
        try
        {
            var until = timeProvider.GetUtcNow() + (options.Value.Timeout * 2) + TimeSpan.FromMinutes(1);
            if (!await store.TryClaimAsync(source.Key, readDue, until, stoppingToken).ConfigureAwait(false))
            {
                LogClaimedElsewhere(logger, source.Feed.DisplayName);
                return;
            }

            lease = until;
            await ingestor.IngestAsync(source.Feed, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped mid-poll: hand the poll back (due now) so the next start or another replica does not wait out the lease.
            if (lease is { } held)
            {
                await ReleaseAsync(source, held, readDue).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            // A store or engine fault on one feed is logged and retried on the backoff schedule, not fatal to the poller.
            LogPollFailed(logger, source.Feed.DisplayName, ex);
            await RecordFailureAsync(source, ex.Message, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            running.TryRemove(source.Key, out _);
            wakeup.Wake();
        }
    }

    private async Task ReleaseAsync(CatalogSource source, DateTimeOffset lease, DateTimeOffset? readDue)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await store.TryClaimAsync(source.Key, lease, readDue ?? timeProvider.GetUtcNow(), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogReleaseFailed(logger, source.Feed.DisplayName, ex);
        }
    }

    private async Task RecordFailureAsync(CatalogSource source, string reason, CancellationToken stoppingToken)
    {
        try
        {
            await ingestor.RecordFailureAsync(source.Feed, reason, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPollFailed(logger, source.Feed.DisplayName, ex);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 320, Level = LogLevel.Information, Message = "No feeds configured or added (Sources, /sources add); the feed poller is idle")]
    private static partial void LogNoFeeds(ILogger logger);

    [LoggerMessage(EventId = 321, Level = LogLevel.Warning, Message = "Feed poller cycle failed; retrying after the refresh interval")]
    private static partial void LogCycleFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 323, Level = LogLevel.Debug, Message = "Feed {Name}: another poller claimed this poll")]
    private static partial void LogClaimedElsewhere(ILogger logger, string name);

    [LoggerMessage(EventId = 324, Level = LogLevel.Warning, Message = "Feed {Name}: could not hand back the poll claimed before stopping; it waits for the lease")]
    private static partial void LogReleaseFailed(ILogger logger, string name, Exception exception);

    [LoggerMessage(EventId = 322, Level = LogLevel.Error, Message = "Feed {Name}: poll failed unexpectedly")]
    private static partial void LogPollFailed(ILogger logger, string name, Exception exception);
}
