namespace DigestBot.Core.Sources;

/// <summary>
/// Durable feed sources and per-feed poll state, shared by every replica. Implemented by DigestBot.Sqlite and
/// DigestBot.Postgres; URLs are compared exactly (callers normalise them with <see cref="Uri.AbsoluteUri"/>).
/// </summary>
public interface ISourceStore
{
    /// <summary>Adds a feed from chat; false (and nothing changed) when its URL is already stored.</summary>
    Task<bool> AddAsync(FeedSource source, CancellationToken cancellationToken);

    /// <summary>Removes a chat-added feed and its state; false when no feed has that URL.</summary>
    Task<bool> RemoveAsync(string url, CancellationToken cancellationToken);

    /// <summary>Every chat-added feed, oldest first.</summary>
    Task<IReadOnlyList<FeedSource>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The state of one feed, or null if it was never polled.</summary>
    Task<FeedSourceState?> GetStateAsync(string url, CancellationToken cancellationToken);

    /// <summary>The state of every feed ever polled (configured or chat-added).</summary>
    Task<IReadOnlyList<FeedSourceState>> ListStatesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Claims the next poll of a feed for this process: sets its next poll time to <paramref name="leaseUntil"/> only if
    /// it still is <paramref name="expectedNextPollAt"/> (null: the feed has no state yet, or none due). True when this
    /// caller won; replicas that read the same due time get false and skip the poll.
    /// </summary>
    Task<bool> TryClaimAsync(string url, DateTimeOffset? expectedNextPollAt, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the state of <see cref="FeedSourceState.Url"/>.</summary>
    Task SaveStateAsync(FeedSourceState state, CancellationToken cancellationToken);
}
