namespace DigestBot.Feeds.Fetching;

/// <summary>How a fetch ended.</summary>
public enum FeedFetchStatus
{
    /// <summary>A new body was downloaded.</summary>
    Fetched,

    /// <summary>The server answered 304: nothing changed since the validators were issued.</summary>
    NotModified,

    /// <summary>The fetch failed; see the reason.</summary>
    Failed,
}
