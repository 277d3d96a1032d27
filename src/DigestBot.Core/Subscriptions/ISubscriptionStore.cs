namespace DigestBot.Core.Subscriptions;

/// <summary>Stores digest subscriptions, one per (platform, channel). Implemented by DigestBot.Sqlite.</summary>
public interface ISubscriptionStore
{
    /// <summary>Adds or replaces the subscription of the draft's channel; a replaced one is enabled again.</summary>
    Task<Subscription> UpsertAsync(SubscriptionDraft draft, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The subscription of a channel, if any.</summary>
    Task<Subscription?> FindAsync(string platform, string channelId, CancellationToken cancellationToken);

    /// <summary>A subscription by id, if it still exists.</summary>
    Task<Subscription?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Every subscription, enabled or not.</summary>
    Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Removes a channel's subscription; false when there was none.</summary>
    Task<bool> RemoveAsync(string platform, string channelId, CancellationToken cancellationToken);

    /// <summary>Stops a subscription for good (until subscribed again) and keeps why.</summary>
    Task DisableAsync(long id, string reason, CancellationToken cancellationToken);
}
