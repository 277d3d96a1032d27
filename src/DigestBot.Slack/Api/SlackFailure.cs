namespace DigestBot.Slack.Api;

/// <summary>Why a Web API call failed, from Slack's "error" field or the HTTP exchange.</summary>
internal enum SlackFailure
{
    /// <summary>The call succeeded.</summary>
    None,

    /// <summary>channel_not_found: the channel does not exist or the bot cannot see it.</summary>
    ChannelNotFound,

    /// <summary>not_in_channel: the bot is not a member of the channel.</summary>
    NotInChannel,

    /// <summary>invalid_auth, not_authed, token_revoked: the token is bad.</summary>
    InvalidAuth,

    /// <summary>account_inactive: the bot user or workspace was deactivated.</summary>
    AccountInactive,

    /// <summary>HTTP 429 or "ratelimited"; see the retry-after.</summary>
    RateLimited,

    /// <summary>5xx, timeout or network error: worth retrying later.</summary>
    Transient,

    /// <summary>Any other ok:false error (invalid_blocks, missing_scope, ...): retrying will not help.</summary>
    Other,
}
