using System.Globalization;
using DigestBot.Core.Digests;
using Quartz;

namespace DigestBot.Host.Digests;

/// <summary>Runs one subscription's digest for the trigger's scheduled fire time; the work is in <see cref="DigestRunner"/>.</summary>
[DisallowConcurrentExecution]
internal sealed partial class DigestJob(DigestRunner runner, TimeProvider time, ILogger<DigestJob> logger) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subscriptionId = QuartzDigestSchedule.IdOf(context.JobDetail.Key.Name);

        // The scheduled time, not the actual one, keys the outbox row, so a late or repeated fire is the same delivery.
        // A run recovered from a dead replica carries the original fire time in its data map; without it the run is
        // dropped rather than posted under a made-up key (a pending row is still retried at the next start).
        if (context.Recovering && OriginalFireTime(context) is null)
        {
            LogRecoveryWithoutFireTime(subscriptionId);
            return;
        }

        var fireTime = (context.Recovering ? OriginalFireTime(context) : null) ?? context.ScheduledFireTimeUtc ?? time.GetUtcNow();
        await runner.RunAsync(subscriptionId, fireTime, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The scheduled fire time of the firing a recovery trigger replays, if Quartz recorded one we can read.</summary>
    internal static DateTimeOffset? OriginalFireTime(IJobExecutionContext context)
    {
        var value = context.MergedJobDataMap.TryGetValue(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var raw)
            ? Convert.ToString(raw, CultureInfo.InvariantCulture)
            : null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            // Ticks for a 2020s date are ~6e17; milliseconds since 1970 are ~2e12.
            return number > 1_000_000_000_000_000L
                ? new DateTimeOffset(number, TimeSpan.Zero)
                : DateTimeOffset.FromUnixTimeMilliseconds(number);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.ToUniversalTime() : null;
    }

    [LoggerMessage(EventId = 7310, Level = LogLevel.Warning, Message = "Recovered digest job of subscription {SubscriptionId} carries no original fire time; not run")]
    private partial void LogRecoveryWithoutFireTime(long subscriptionId);
}
