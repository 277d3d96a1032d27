namespace DigestBot.Core.Delivery;

/// <summary>The outcome of one post to a chat channel.</summary>
public sealed record DeliveryResult(DeliveryStatus Status, string? MessageId, TimeSpan? RetryAfter, string? Reason)
{
    /// <summary>Posted as <paramref name="messageId"/>.</summary>
    public static DeliveryResult Delivered(string messageId) => new(DeliveryStatus.Delivered, messageId, null, null);

    /// <summary>Rate limited; wait <paramref name="retryAfter"/>.</summary>
    public static DeliveryResult RateLimited(TimeSpan retryAfter, string? reason = null) =>
        new(DeliveryStatus.RateLimited, null, retryAfter, reason ?? "rate limited");

    /// <summary>Failed with <paramref name="status"/> for <paramref name="reason"/>.</summary>
    public static DeliveryResult Failed(DeliveryStatus status, string reason) => new(status, null, null, reason);
}
