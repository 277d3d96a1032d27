using DigestBot.Core.Digests;
using DigestBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Digests;

/// <summary>
/// At start: upserts the configured subscriptions, rebuilds one trigger per enabled subscription from the database
/// (in memory with SQLite; in the shared clustered store with PostgreSQL, left as is when unchanged) and removes
/// those of disabled ones, then retries unsent deliveries and catches up missed ones.
/// </summary>
internal sealed partial class DigestStartup(
    ISubscriptionStore subscriptions,
    IDigestSchedule schedule,
    DigestCatchUp catchUp,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestStartup> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var configured in options.Value.Subscriptions)
        {
            await subscriptions.UpsertAsync(
                new SubscriptionDraft(configured.Platform.Trim().ToLowerInvariant(), configured.Channel.Trim(), Blank(configured.Time), Blank(configured.Cron), configured.TimeZone.Trim()),
                time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
        }

        var all = await subscriptions.ListAsync(stoppingToken).ConfigureAwait(false);
        foreach (var subscription in all)
        {
            // A disabled subscription's trigger is removed: with the clustered store it would otherwise outlive restarts.
            await schedule.ScheduleAsync(subscription, stoppingToken).ConfigureAwait(false);
            if (!subscription.Enabled)
            {
                continue;
            }

            LogScheduled(subscription.Id, subscription.Platform, subscription.ChannelId, subscription.Describe(),
                schedule.GetNextFireTime(subscription, time.GetUtcNow()));
        }

        var caughtUp = await catchUp.RunAsync(stoppingToken).ConfigureAwait(false);
        LogStarted(all.Count(s => s.Enabled), caughtUp.Count);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Digest subscription {SubscriptionId} ({Platform} {Channel}) at {Schedule}; next run {Next}")]
    private partial void LogScheduled(long subscriptionId, string platform, string channel, string schedule, DateTimeOffset? next);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Information, Message = "Digests scheduled for {Count} subscriptions; {CaughtUp} missed digests sent or skipped")]
    private partial void LogStarted(int count, int caughtUp);
}
