using DigestBot.Core.Delivery;

namespace DigestBot.Core.Diagnostics;

/// <summary>Wraps a chat platform to count every digest it posts or fails to post on <see cref="BotMetrics"/>.</summary>
public sealed class MeteredChatPlatform(IChatPlatform inner) : IChatPlatform
{
    /// <inheritdoc />
    public string Name => inner.Name;

    /// <inheritdoc />
    public async Task<DeliveryResult> PostDigestAsync(DigestDelivery delivery, CancellationToken cancellationToken)
    {
        var result = await inner.PostDigestAsync(delivery, cancellationToken).ConfigureAwait(false);
        BotMetrics.DigestDelivered(inner.Name, result);
        return result;
    }
}
