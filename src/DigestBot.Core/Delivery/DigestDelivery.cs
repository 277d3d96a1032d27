using DigestBot.Core.Digests;

namespace DigestBot.Core.Delivery;

/// <summary>A digest to post to one channel.</summary>
/// <param name="ChannelId">The platform's channel id.</param>
/// <param name="Digest">What to post.</param>
/// <param name="IdempotencyKey">Unique per (subscription, fire time); lets the platform adapter refuse a second post.</param>
public sealed record DigestDelivery(string ChannelId, Digest Digest, string IdempotencyKey);
