using DigestBot.Core.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Core.Digests;

/// <summary>
/// Posts one outbox row to its platform: waits the platform's Retry-After on 429, backs off exponentially on
/// transient failures, gives up after Digest:MaxAttempts, and counts every attempt in the outbox before posting.
/// </summary>
public sealed partial class DigestSender(IDigestOutbox outbox, TimeProvider time, IOptions<DigestOptions> options, ILogger<DigestSender> logger)
{
    /// <summary>Longest wait honoured for one Retry-After; a longer one is capped so the loop stays bounded.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(15);

    /// <summary>First transient backoff; doubles per attempt.</summary>
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(2);

    /// <summary>Sends <paramref name="delivery"/> for the row <paramref name="entry"/>; returns the final result (Delivered or a failure).</summary>
    public async Task<DeliveryResult> SendAsync(IChatPlatform platform, OutboxEntry entry, DigestDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(delivery);
        var maxAttempts = options.Value.MaxAttempts;
        var attempts = entry.Attempts;
        var tries = 0;
        string? lastReason = null;

        // Rate limits get their own, larger bound: a 429 is the platform pacing us, not a failure.
        while (tries < maxAttempts * 3)
        {
            tries++;
            attempts++;
            await outbox.RecordAttemptAsync(entry.Key, attempts, lastReason, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            var result = await PostAsync(platform, delivery, cancellationToken).ConfigureAwait(false);
            switch (result.Status)
            {
                case DeliveryStatus.Delivered:
                    return result;
                case DeliveryStatus.RateLimited:
                    var wait = result.RetryAfter is { } after && after > TimeSpan.Zero ? after : FirstBackoff;
                    wait = wait > MaxRetryAfter ? MaxRetryAfter : wait;
                    LogRateLimited(entry.Key, wait);
                    lastReason = result.Reason ?? "rate limited";
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                    break;
                case DeliveryStatus.Transient:
                    lastReason = result.Reason ?? "transient failure";
                    var failures = tries;
                    if (failures >= maxAttempts)
                    {
                        return DeliveryResult.Failed(DeliveryStatus.Transient, $"gave up after {attempts} attempts: {lastReason}");
                    }

                    var backoff = FirstBackoff * Math.Pow(2, failures - 1);
                    LogTransient(entry.Key, lastReason, backoff);
                    await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    return result;
            }
        }

        return DeliveryResult.Failed(DeliveryStatus.Transient, $"gave up after {attempts} attempts: {lastReason}");
    }

    private async Task<DeliveryResult> PostAsync(IChatPlatform platform, DigestDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            return await platform.PostDigestAsync(delivery, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The port promises typed results; an adapter bug is logged and treated as a passing failure, never lost.
            LogAdapterThrew(ex, platform.Name, delivery.IdempotencyKey);
            return DeliveryResult.Failed(DeliveryStatus.Transient, $"{platform.Name} adapter error: {ex.Message}");
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Digest {Key} rate limited; waiting {Wait}")]
    private partial void LogRateLimited(string key, TimeSpan wait);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Digest {Key} failed transiently ({Reason}); retrying in {Backoff}")]
    private partial void LogTransient(string key, string reason, TimeSpan backoff);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Chat platform {Platform} threw while posting digest {Key}")]
    private partial void LogAdapterThrew(Exception exception, string platform, string key);
}
