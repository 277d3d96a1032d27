namespace DigestBot.Core.Sources;

/// <summary>What the poller knows about one feed between polls and across restarts.</summary>
/// <param name="Url">The feed's address (the key).</param>
/// <param name="ETag">The last ETag the server sent, for If-None-Match.</param>
/// <param name="LastModified">The last Last-Modified the server sent, for If-Modified-Since.</param>
/// <param name="LastFetchAt">When the feed was last polled (success or failure), or null if never.</param>
/// <param name="ItemsLastFetched">Items in the last document parsed.</param>
/// <param name="NewItems">Items stored for the first time by the last poll.</param>
/// <param name="UpdatedItems">Stored items replaced by the last poll.</param>
/// <param name="LastError">Why the last poll failed, or null after a success.</param>
/// <param name="ConsecutiveFailures">Failed polls in a row; 0 after a success.</param>
/// <param name="NextPollAt">When the feed is due next (interval with jitter, or backoff / Retry-After).</param>
public sealed record FeedSourceState(
    string Url,
    string? ETag,
    DateTimeOffset? LastModified,
    DateTimeOffset? LastFetchAt,
    int ItemsLastFetched,
    int NewItems,
    int UpdatedItems,
    string? LastError,
    int ConsecutiveFailures,
    DateTimeOffset? NextPollAt)
{
    /// <summary>The state of a feed never polled.</summary>
    public static FeedSourceState Unpolled(string url) => new(url, null, null, null, 0, 0, 0, null, 0, null);
}
