using DigestBot.Slack.Api;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.Slack.Logging;

/// <summary>The Slack adapter's log messages, one event id each (6100-6199). Tokens and secrets are never logged.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(6100, LogLevel.Information,
        "Slack is disabled. To enable it set Slack__BotToken and Slack__SigningSecret (Slack:Mode Http) or Slack__BotToken and Slack__AppToken (Slack:Mode Socket).")]
    public static partial void SlackDisabled(this ILogger logger);

    [LoggerMessage(6101, LogLevel.Information, "Slack connected to workspace {Team} ({TeamId}) as bot {BotUser} ({BotUserId}), mode {Mode}")]
    public static partial void Connected(this ILogger logger, string team, string teamId, string botUser, string botUserId, SlackMode mode);

    [LoggerMessage(6102, LogLevel.Critical, "Slack rejected the bot token ({Error}); the Slack adapter is stopped. Check Slack__BotToken.")]
    public static partial void AuthFailed(this ILogger logger, string error);

    [LoggerMessage(6103, LogLevel.Warning, "Slack auth.test failed ({Error}); retrying in {Wait}")]
    public static partial void AuthRetry(this ILogger logger, string error, TimeSpan wait);

    [LoggerMessage(6110, LogLevel.Warning, "Rejected a Slack request to {Path}: {Check}")]
    public static partial void RejectedRequest(this ILogger logger, PathString path, SignatureCheck check);

    [LoggerMessage(6111, LogLevel.Information, "Ignored a repeated Slack event {EventId}")]
    public static partial void DuplicateEvent(this ILogger logger, string eventId);

    [LoggerMessage(6112, LogLevel.Warning, "The Slack work queue is full; refused a {Command} command")]
    public static partial void QueueFull(this ILogger logger, string command);

    [LoggerMessage(6113, LogLevel.Debug, "Acknowledged /{Command} in {Channel}; the answer goes to response_url")]
    public static partial void AnsweringLater(this ILogger logger, string command, string channel);

    [LoggerMessage(6120, LogLevel.Warning, "Slack {Method} failed: {Failure} {Error}")]
    public static partial void ApiCallFailed(this ILogger logger, string method, SlackFailure failure, string error);

    [LoggerMessage(6121, LogLevel.Information, "Slack rate-limited {Method}; waiting {Wait}")]
    public static partial void RateLimited(this ILogger logger, string method, TimeSpan wait);

    [LoggerMessage(6130, LogLevel.Error, "The {Command} command failed")]
    public static partial void CommandFailed(this ILogger logger, Exception exception, string command);

    [LoggerMessage(6131, LogLevel.Warning, "The reply to {Command} in {Channel} could not be delivered: {Failure} {Error}")]
    public static partial void ReplyFailed(this ILogger logger, string command, string channel, SlackFailure failure, string error);

    [LoggerMessage(6132, LogLevel.Warning, "The response_url of {Command} in {Channel} expired before the answer was ready")]
    public static partial void ResponseUrlExpired(this ILogger logger, string command, string channel);

    [LoggerMessage(6140, LogLevel.Information, "Posted a digest to {Channel} as {Ts}")]
    public static partial void DigestPosted(this ILogger logger, string channel, string ts);

    [LoggerMessage(6141, LogLevel.Information, "The digest for {Channel} was already posted as {Ts}; not posting again")]
    public static partial void DigestAlreadyPosted(this ILogger logger, string channel, string ts);

    [LoggerMessage(6142, LogLevel.Warning, "Posting a digest to {Channel} failed: {Failure} {Error}")]
    public static partial void DigestFailed(this ILogger logger, string channel, SlackFailure failure, string error);

    [LoggerMessage(6143, LogLevel.Warning, "Could not check {Channel}'s history for an earlier post ({Error}); posting anyway")]
    public static partial void HistoryCheckFailed(this ILogger logger, string channel, string error);

    [LoggerMessage(6150, LogLevel.Information, "Slack Socket Mode connection {Number} to {Host} said hello")]
    public static partial void SocketConnected(this ILogger logger, string host, int number);

    [LoggerMessage(6151, LogLevel.Information, "Slack asked Socket Mode connection {Number} to reconnect ({Reason}); opening a new one first")]
    public static partial void SocketDisconnectRequested(this ILogger logger, string reason, int number);

    [LoggerMessage(6152, LogLevel.Warning, "Slack Socket Mode connection {Number} was lost; reconnecting")]
    public static partial void SocketLost(this ILogger logger, int number);

    [LoggerMessage(6153, LogLevel.Warning, "Opening a Slack Socket Mode connection failed; retrying in {Wait}")]
    public static partial void SocketRetry(this ILogger logger, TimeSpan wait);

    [LoggerMessage(6154, LogLevel.Warning, "Slack Socket Mode connection {Number} failed to connect: {Error}")]
    public static partial void SocketConnectFailed(this ILogger logger, string error, int number);

    [LoggerMessage(6155, LogLevel.Critical, "Slack rejected the app-level token ({Error}); Socket Mode is stopped. Check Slack__AppToken (xapp-, scope connections:write).")]
    public static partial void SocketAuthFailed(this ILogger logger, string error);

    [LoggerMessage(6156, LogLevel.Debug, "Acknowledged a Socket Mode envelope of type {Type} without handling it")]
    public static partial void SocketEnvelopeIgnored(this ILogger logger, string type);

    [LoggerMessage(6157, LogLevel.Error, "Handling a Socket Mode {Type} envelope on connection {Number} failed")]
    public static partial void SocketEnvelopeFailed(this ILogger logger, Exception exception, string type, int number);
}
