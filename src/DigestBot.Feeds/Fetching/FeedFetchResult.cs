namespace DigestBot.Feeds.Fetching;

/// <summary>The outcome of fetching one feed.</summary>
/// <param name="Status">Fetched, not modified or failed.</param>
/// <param name="Address">The address finally answered (after redirects).</param>
/// <param name="Body">The body for <see cref="FeedFetchStatus.Fetched"/>; empty otherwise.</param>
/// <param name="Validators">Validators to send next time.</param>
/// <param name="Reason">Why it failed, in words a user can act on.</param>
/// <param name="RetryAfter">How long the server asked us to wait (429/503 Retry-After).</param>
public sealed record FeedFetchResult(
    FeedFetchStatus Status,
    Uri Address,
    ReadOnlyMemory<byte> Body,
    FeedValidators Validators,
    string? Reason = null,
    TimeSpan? RetryAfter = null)
{
    /// <summary>A failure with a reason.</summary>
    public static FeedFetchResult Failure(Uri address, FeedValidators validators, string reason, TimeSpan? retryAfter = null) =>
        new(FeedFetchStatus.Failed, address, ReadOnlyMemory<byte>.Empty, validators, reason, retryAfter);
}
