namespace DigestBot.Feeds.Fetching;

/// <summary>The cache validators a server gave for a feed, sent back as If-None-Match / If-Modified-Since.</summary>
/// <param name="ETag">The ETag header, as sent.</param>
/// <param name="LastModified">The Last-Modified header, as sent.</param>
public sealed record FeedValidators(string? ETag, DateTimeOffset? LastModified)
{
    /// <summary>No validators: an unconditional GET.</summary>
    public static FeedValidators None { get; } = new(null, null);
}
