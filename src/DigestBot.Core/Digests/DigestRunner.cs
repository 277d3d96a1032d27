using DigestBot.Core.Delivery;
using DigestBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Core.Digests;

/// <summary>
/// Runs one scheduled digest: reserves its outbox row (unique per subscription and fire time) before anything is
/// posted, builds the digest of the window since the last one, posts it and records the outcome. Running the same
/// fire time again never posts twice: a sent row is left alone and a pending one is retried under the same key.
/// </summary>
public sealed partial class DigestRunner(
    ISubscriptionStore subscriptions,
    IDigestOutbox outbox,
    DigestComposer composer,
    DigestSender sender,
    IEnumerable<IChatPlatform> platforms,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestRunner> logger)
{
    private static readonly OutboxStatus[] Covered = [OutboxStatus.Sent, OutboxStatus.Empty];

    /// <summary>Runs subscription <paramref name="subscriptionId"/> for <paramref name="fireTime"/>; returns its outbox row (null if the subscription is gone or disabled).</summary>
    public async Task<OutboxEntry?> RunAsync(long subscriptionId, DateTimeOffset fireTime, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(subscriptionId, cancellationToken).ConfigureAwait(false);
        if (subscription is not { Enabled: true })
        {
            LogNotRunnable(subscriptionId, fireTime);
            return null;
        }

        var key = OutboxEntry.KeyFor(subscriptionId, fireTime);
        var existing = await outbox.FindAsync(key, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing.Status == OutboxStatus.Pending
                ? await DeliverAsync(subscription, existing, cancellationToken).ConfigureAwait(false)
                : existing;
        }

        var last = await outbox.FindLatestAsync(subscriptionId, Covered, cancellationToken).ConfigureAwait(false);
        var since = last is not null && last.Until < fireTime ? last.Until : fireTime - options.Value.FirstWindow;
        var digest = await composer.ComposeAsync(since, fireTime, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var entry = new OutboxEntry(key, subscriptionId, fireTime, since, fireTime, OutboxStatus.Pending, 0, null, null, DigestPayload.Serialize(digest), now);
        if (!await outbox.TryReserveAsync(entry, cancellationToken).ConfigureAwait(false))
        {
            // Another run (a catch-up racing the trigger) reserved this fire time first; it owns the post.
            return await outbox.FindAsync(key, cancellationToken).ConfigureAwait(false);
        }

        if (digest.Stories.Count == 0 && options.Value.SkipEmpty)
        {
            await outbox.CloseAsync(key, OutboxStatus.Empty, "no new articles (Digest:SkipEmpty)", now, cancellationToken).ConfigureAwait(false);
            return await outbox.FindAsync(key, cancellationToken).ConfigureAwait(false);
        }

        return await DeliverAsync(subscription, entry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Retries every pending row (after a restart or a crash between post and mark); returns how many were tried.</summary>
    public async Task<int> RetryPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await outbox.ListPendingAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in pending)
        {
            var subscription = await subscriptions.GetAsync(entry.SubscriptionId, cancellationToken).ConfigureAwait(false);
            if (subscription is not { Enabled: true })
            {
                var why = subscription is null ? "the subscription was removed" : $"the subscription is disabled: {subscription.DisabledReason}";
                await outbox.CloseAsync(entry.Key, OutboxStatus.Failed, why, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                continue;
            }

            LogRetrying(entry.Key, entry.Attempts);
            await DeliverAsync(subscription, entry, cancellationToken).ConfigureAwait(false);
        }

        return pending.Count;
    }

    private async Task<OutboxEntry?> DeliverAsync(Subscription subscription, OutboxEntry reserved, CancellationToken cancellationToken)
    {
        // Two processes can reach the same pending row (a replica's start-up retry while another posts it, or Quartz
        // recovering a dead replica's job): only the claim holder posts, and only while the row is still pending.
        await using var claim = await outbox.TryClaimAsync(reserved.Key, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            LogClaimedElsewhere(reserved.Key);
            return await outbox.FindAsync(reserved.Key, cancellationToken).ConfigureAwait(false);
        }

        if (await outbox.FindAsync(reserved.Key, cancellationToken).ConfigureAwait(false) is not { Status: OutboxStatus.Pending } entry)
        {
            return await outbox.FindAsync(reserved.Key, cancellationToken).ConfigureAwait(false);
        }

        var platform = platforms.FirstOrDefault(p => string.Equals(p.Name, subscription.Platform, StringComparison.OrdinalIgnoreCase));
        if (platform is null)
        {
            // Left pending: the platform may be configured on the next start.
            LogNoPlatform(entry.Key, subscription.Platform);
            await outbox.RecordAttemptAsync(entry.Key, entry.Attempts, $"no '{subscription.Platform}' platform is configured", time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return await outbox.FindAsync(entry.Key, cancellationToken).ConfigureAwait(false);
        }

        var digest = entry.Payload is { Length: > 0 } payload
            ? DigestPayload.Deserialize(payload)
            : await composer.ComposeAsync(entry.Since, entry.Until, cancellationToken).ConfigureAwait(false);
        var delivery = new DigestDelivery(subscription.ChannelId, digest, entry.Key);
        var result = await sender.SendAsync(platform, entry, delivery, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        switch (result.Status)
        {
            case DeliveryStatus.Delivered:
                await outbox.MarkSentAsync(entry.Key, result.MessageId ?? "", now, cancellationToken).ConfigureAwait(false);
                LogSent(entry.Key, platform.Name, result.MessageId);
                break;
            case DeliveryStatus.Forbidden or DeliveryStatus.NotFound:
                var reason = $"{platform.Name} refused channel {subscription.ChannelId} ({result.Status}): {result.Reason}";
                await subscriptions.DisableAsync(subscription.Id, reason, cancellationToken).ConfigureAwait(false);
                await outbox.CloseAsync(entry.Key, OutboxStatus.Failed, reason, now, cancellationToken).ConfigureAwait(false);
                LogDisabled(subscription.Id, reason);
                break;
            default:
                var failure = $"{result.Status}: {result.Reason}";
                await outbox.CloseAsync(entry.Key, OutboxStatus.Failed, failure, now, cancellationToken).ConfigureAwait(false);
                LogFailed(entry.Key, failure);
                break;
        }

        return await outbox.FindAsync(entry.Key, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Subscription {SubscriptionId} is gone or disabled; fire time {FireTime} not run")]
    private partial void LogNotRunnable(long subscriptionId, DateTimeOffset fireTime);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Retrying unsent digest {Key} after {Attempts} attempts")]
    private partial void LogRetrying(string key, int attempts);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Digest {Key}: no chat platform named {Platform} is configured; left pending")]
    private partial void LogNoPlatform(string key, string platform);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Digest {Key} sent to {Platform} as {MessageId}")]
    private partial void LogSent(string key, string platform, string? messageId);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} disabled: {Reason}")]
    private partial void LogDisabled(long subscriptionId, string reason);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Information, Message = "Digest {Key} is being posted by another process; left to it")]
    private partial void LogClaimedElsewhere(string key);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Error, Message = "Digest {Key} failed: {Reason}")]
    private partial void LogFailed(string key, string reason);
}
