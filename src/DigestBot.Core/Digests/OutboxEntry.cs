namespace DigestBot.Core.Digests;

/// <summary>One delivery of one subscription's digest for one scheduled fire time.</summary>
/// <param name="Key">Unique key of (subscription, fire time); also the platform idempotency key.</param>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="FireTime">The scheduled time (not when it actually ran).</param>
/// <param name="Since">Start of the digest window.</param>
/// <param name="Until">End of the digest window.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">Posts tried so far.</param>
/// <param name="MessageId">The platform's message id once sent.</param>
/// <param name="Reason">Why it failed or was skipped; the last transient error while pending.</param>
/// <param name="Payload">The digest as JSON, so a retry posts exactly what was built.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record OutboxEntry(
    string Key,
    long SubscriptionId,
    DateTimeOffset FireTime,
    DateTimeOffset Since,
    DateTimeOffset Until,
    OutboxStatus Status,
    int Attempts,
    string? MessageId,
    string? Reason,
    string? Payload,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The key of (subscription, fire time): "digest:{id}:{fire time UTC}".</summary>
    public static string KeyFor(long subscriptionId, DateTimeOffset fireTime) =>
        FormattableString.Invariant($"digest:{subscriptionId}:{fireTime.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
}
