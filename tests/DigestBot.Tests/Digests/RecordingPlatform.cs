using DigestBot.Core.Delivery;

namespace DigestBot.Tests.Digests;

/// <summary>A loopback "slack" platform that records every digest posted to it.</summary>
internal sealed class RecordingPlatform : IChatPlatform
{
    public string Name => "slack";

    public List<DigestDelivery> Posts { get; } = [];

    public Task<DeliveryResult> PostDigestAsync(DigestDelivery delivery, CancellationToken cancellationToken)
    {
        Posts.Add(delivery);
        return Task.FromResult(DeliveryResult.Delivered("ts-" + Posts.Count));
    }
}
