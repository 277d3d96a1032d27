using DigestBot.Core.Digests;
using DigestBot.Core.Subscriptions;

namespace DigestBot.StoreContract;

/// <summary>The subscription store and the delivery outbox of one process.</summary>
public sealed record DigestStores(ISubscriptionStore Subscriptions, IDigestOutbox Outbox);
