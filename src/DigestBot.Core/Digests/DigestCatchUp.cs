using DigestBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Core.Digests;

/// <summary>
/// On start: retries unsent outbox rows, then for each subscription whose last scheduled time passed while the bot
/// was down, sends it once if it is within Digest:CatchUpWindow, else records it as skipped with the reason.
/// </summary>
public sealed partial class DigestCatchUp(
    ISubscriptionStore subscriptions,
    IDigestOutbox outbox,
    IDigestSchedule schedule,
    DigestRunner runner,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestCatchUp> logger)
{
    /// <summary>Runs the catch-up for every enabled subscription; returns the rows it sent or skipped.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> RunAsync(CancellationToken cancellationToken)
    {
        await runner.RetryPendingAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = new List<OutboxEntry>();
        foreach (var subscription in await subscriptions.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (subscription.Enabled
                && await CatchUpAsync(subscription, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                outcomes.Add(entry);
            }
        }

        return outcomes;
    }

    /// <summary>Catches up one subscription; null when nothing was missed.</summary>
    public async Task<OutboxEntry?> CatchUpAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = time.GetUtcNow();
        if (schedule.GetPreviousFireTime(subscription, now) is not { } missed || missed < subscription.CreatedAt)
        {
            return null;
        }

        var key = OutboxEntry.KeyFor(subscription.Id, missed);
        if (await outbox.FindAsync(key, cancellationToken).ConfigureAwait(false) is not null)
        {
            return null;
        }

        var late = now - missed;
        var window = options.Value.CatchUpWindow;
        if (late <= window)
        {
            LogCatchingUp(subscription.Id, missed, late);
            return await runner.RunAsync(subscription.Id, missed, cancellationToken).ConfigureAwait(false);
        }

        var reason = FormattableString.Invariant(
            $"missed: the bot was not running at {missed:u}; {late.TotalHours:0.#} h late is beyond Digest:CatchUpWindow ({window}); the next digest covers these articles");
        if (!await outbox.TryReserveAsync(
            new OutboxEntry(key, subscription.Id, missed, missed, missed, OutboxStatus.Pending, 0, null, null, null, now),
            cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await outbox.CloseAsync(key, OutboxStatus.Skipped, reason, now, cancellationToken).ConfigureAwait(false);
        LogSkipped(subscription.Id, missed, reason);
        return await outbox.FindAsync(key, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Subscription {SubscriptionId}: catching up the digest of {FireTime}, {Late} late")]
    private partial void LogCatchingUp(long subscriptionId, DateTimeOffset fireTime, TimeSpan late);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Subscription {SubscriptionId}: digest of {FireTime} skipped: {Reason}")]
    private partial void LogSkipped(long subscriptionId, DateTimeOffset fireTime, string reason);
}
