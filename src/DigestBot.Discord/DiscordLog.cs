using Microsoft.Extensions.Logging;

namespace DigestBot.Discord;

/// <summary>Source-generated log messages of the Discord adapter; one event id per message. Tokens are never logged.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(1, LogLevel.Information, "Discord is disabled: set Discord:PublicKey (HTTP interactions) or the environment variable Discord__BotToken (gateway) to enable it")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(2, LogLevel.Information, "Rejected a Discord interaction request: {Reason}")]
    public static partial void SignatureRejected(ILogger logger, string reason);

    [LoggerMessage(3, LogLevel.Warning, "Signed Discord interaction could not be used: {Reason}")]
    public static partial void BodyInvalid(ILogger logger, string reason);

    [LoggerMessage(4, LogLevel.Error, "Discord command /{Command} failed")]
    public static partial void CommandFailed(ILogger logger, Exception exception, string command);

    [LoggerMessage(5, LogLevel.Warning, "Could not send the reply to a Discord interaction: HTTP {Status} {Error}")]
    public static partial void ReplyFailed(ILogger logger, int status, string? error);

    [LoggerMessage(6, LogLevel.Warning, "Discord reply queue is full; answering /{Command} with a busy message")]
    public static partial void QueueFull(ILogger logger, string command);

    [LoggerMessage(7, LogLevel.Critical, "Discord rejected the bot token (HTTP 401). The Discord adapter is stopped: put a valid token in the environment variable Discord__BotToken and restart")]
    public static partial void TokenRejected(ILogger logger);

    [LoggerMessage(8, LogLevel.Information, "Discord rate limit on {Route}: waiting {Delay} (global: {Global})")]
    public static partial void RateLimited(ILogger logger, string route, TimeSpan delay, bool global);

    [LoggerMessage(9, LogLevel.Information, "Discord commands unchanged since the last registration ({Scope}); not registering again")]
    public static partial void CommandsUnchanged(ILogger logger, string scope);

    [LoggerMessage(10, LogLevel.Information, "Registered {Count} Discord commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(11, LogLevel.Error, "Discord command registration failed ({Scope}): HTTP {Status} {Error}")]
    public static partial void CommandRegistrationFailed(ILogger logger, string scope, int status, string? error);

    [LoggerMessage(12, LogLevel.Warning, "Discord digest post to channel {ChannelId} failed: {Status} {Reason}")]
    public static partial void DeliveryFailed(ILogger logger, string channelId, string status, string? reason);

    [LoggerMessage(13, LogLevel.Warning, "Discord autocomplete failed; offering no choices")]
    public static partial void AutocompleteFailed(ILogger logger, Exception exception);

    [LoggerMessage(14, LogLevel.Warning, "Discord rate limit gave up on {Route} after {Attempts} attempts")]
    public static partial void RateLimitGaveUp(ILogger logger, string route, int attempts);

    [LoggerMessage(15, LogLevel.Error, "Sending a Discord reply failed")]
    public static partial void ReplyCrashed(ILogger logger, Exception exception);

    [LoggerMessage(20, LogLevel.Information, "Connecting to the Discord gateway at {Host}")]
    public static partial void GatewayConnecting(ILogger logger, string host);

    [LoggerMessage(21, LogLevel.Information, "Discord gateway ready")]
    public static partial void GatewayReady(ILogger logger);

    [LoggerMessage(22, LogLevel.Information, "Discord gateway session resumed")]
    public static partial void GatewayResumed(ILogger logger);

    [LoggerMessage(23, LogLevel.Warning, "Discord gateway did not acknowledge the last heartbeat; reconnecting")]
    public static partial void GatewayZombie(ILogger logger);

    [LoggerMessage(24, LogLevel.Information, "Discord gateway reconnecting in {Delay}: {Reason}")]
    public static partial void GatewayReconnecting(ILogger logger, TimeSpan delay, string reason);

    [LoggerMessage(25, LogLevel.Critical, "Discord gateway closed with fatal code {Code}; the gateway is stopped. To fix: {Fix}")]
    public static partial void GatewayFatal(ILogger logger, int code, string fix);

    [LoggerMessage(26, LogLevel.Warning, "Discord gateway connection failed")]
    public static partial void GatewayError(ILogger logger, Exception exception);

    [LoggerMessage(27, LogLevel.Information, "Discord gateway invalidated the session (resumable: {Resumable})")]
    public static partial void GatewayInvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(28, LogLevel.Warning, "Discord gateway event handling failed")]
    public static partial void GatewayDispatchFailed(ILogger logger, Exception exception);
}
