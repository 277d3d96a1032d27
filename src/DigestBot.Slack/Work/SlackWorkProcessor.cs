using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Core.Chat;
using DigestBot.Slack.Api;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Logging;
using DigestBot.Slack.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Work;

/// <summary>Workers that answer queued commands and mentions and deliver the replies to Slack.</summary>
internal sealed class SlackWorkProcessor(
    SlackWorkQueue queue,
    IServiceScopeFactory scopes,
    SlackApiClient api,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackWorkProcessor> logger) : BackgroundService
{
    /// <summary>response_url stops accepting replies this long after the command.</summary>
    public static readonly TimeSpan ResponseUrlLifetime = TimeSpan.FromMinutes(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await ProcessAsync(item, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Answers one item and delivers the reply; never throws except on shutdown.</summary>
    internal async Task ProcessAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        var reply = await AnswerAsync(item.Command, cancellationToken).ConfigureAwait(false);
        if (item.Inline is not null && item.Inline.TryDeliverInline(reply))
        {
            return;
        }

        var message = BlockKitRenderer.Render(reply);
        var context = item.Command.Context;
        SlackApiResponse result;
        if (item.ResponseUrl is not null)
        {
            if (time.GetUtcNow() - item.ReceivedAt > ResponseUrlLifetime)
            {
                logger.ResponseUrlExpired(item.Command.Name, context.ChannelId);
                return;
            }

            var body = message.ToJson();
            body["response_type"] = reply.Ephemeral ? "ephemeral" : "in_channel";
            body["replace_original"] = false;
            result = await api.RespondAsync(item.ResponseUrl, body, cancellationToken).ConfigureAwait(false);
        }
        else if (reply.Ephemeral)
        {
            result = await api.PostEphemeralAsync(context.ChannelId, context.UserId, message, item.ThreadTs, cancellationToken)
                .ConfigureAwait(false);
        }
        else
        {
            result = await api.PostMessageAsync(context.ChannelId, message, item.ThreadTs, null, waitOutRateLimit: true, cancellationToken)
                .ConfigureAwait(false);
        }

        if (!result.Ok)
        {
            logger.ReplyFailed(item.Command.Name, context.ChannelId, result.Failure, result.Error ?? "");
        }
    }

    private async Task<ChatReply> AnswerAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        try
        {
            if (command.Name is "digest" or "sources")
            {
                var isAdmin = await IsAdminAsync(command.Context.UserId, cancellationToken).ConfigureAwait(false);
                command = command with { Context = command.Context with { IsAdmin = isAdmin } };
            }

            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<IChatCommandHandler>();
            return await handler.HandleAsync(command, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.CommandFailed(ex, command.Name);
            return ChatReply.Error("Sorry, something went wrong answering that. Please try again in a minute.");
        }
    }

    // The configured list first (no API call), then the workspace role from users.info.
    private async Task<bool> IsAdminAsync(string userId, CancellationToken cancellationToken)
    {
        if (options.Value.AdminUserIds.Contains(userId, StringComparer.Ordinal))
        {
            return true;
        }

        var info = await api.UserInfoAsync(userId, cancellationToken).ConfigureAwait(false);
        if (!info.Ok || !info.Body.TryGetProperty("user", out var user))
        {
            return false;
        }

        return Flag(user, "is_admin") || Flag(user, "is_owner") || Flag(user, "is_primary_owner");
    }

    private static bool Flag(JsonElement user, string name) =>
        user.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>The ephemeral body that tells a user the queue is full.</summary>
    public static JsonObject BusyBody() => new()
    {
        ["response_type"] = "ephemeral",
        ["text"] = "DigestBot is busy answering other questions; please try again in a minute.",
    };
}
