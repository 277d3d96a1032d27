namespace DigestBot.Core.Delivery;

/// <summary>How a post to a chat channel ended.</summary>
public enum DeliveryStatus
{
    /// <summary>Posted; the message id is known.</summary>
    Delivered,

    /// <summary>The platform asked us to wait; retry after the given delay.</summary>
    RateLimited,

    /// <summary>The bot may not post there (403, not_in_channel): disable the subscription.</summary>
    Forbidden,

    /// <summary>The channel does not exist (404, channel_not_found): disable the subscription.</summary>
    NotFound,

    /// <summary>The credentials are bad (401, invalid_auth): stop the adapter.</summary>
    Unauthorized,

    /// <summary>A passing failure (5xx, timeout): retry with backoff.</summary>
    Transient,
}
