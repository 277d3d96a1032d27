using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Core.Chat;
using DigestBot.Slack.Api;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Logging;
using DigestBot.Slack.Rendering;
using DigestBot.Slack.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Inbound;

/// <summary>What Slack sends, over HTTP or Socket Mode, turned into queued work and an immediate answer.</summary>
internal sealed class SlackInbound(
    SlackCommandMap commands,
    SlackWorkQueue queue,
    IEventDeduplicator deduplicator,
    SlackIdentity identity,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackInbound> logger)
{
    /// <summary>Queues a slash command and returns the body to answer with: the reply if ready in time, else an ack.</summary>
    public async Task<JsonObject> HandleSlashCommandAsync(IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var slash = fields.GetValueOrDefault("command") ?? "";
        var name = commands.Resolve(slash);
        if (name is null)
        {
            return ResponseBody(ChatReply.Error($"{slash} is not a DigestBot command here. Try {string.Join(", ", commands.SlashNames)}."));
        }

        var channel = fields.GetValueOrDefault("channel_id");
        var user = fields.GetValueOrDefault("user_id");
        if (string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(user))
        {
            return ResponseBody(ChatReply.Error("The command arrived without channel_id or user_id; please try again."));
        }

        Uri? responseUrl = Uri.TryCreate(fields.GetValueOrDefault("response_url"), UriKind.Absolute, out var url)
            && url.Scheme is "https" or "http" ? url : null;
        var command = new ChatCommand(name, fields.GetValueOrDefault("text")?.Trim() ?? "", new ChatContext("slack", channel, user, IsAdmin: false));
        var slot = new InlineReplySlot();
        if (!queue.TryEnqueue(new SlackWorkItem(command, time.GetUtcNow(), slot, responseUrl, ThreadTs: null)))
        {
            logger.QueueFull(name);
            return SlackWorkProcessor.BusyBody();
        }

        using (var waitCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var wait = Task.Delay(options.Value.InlineReplyWait, time, waitCancel.Token);
            var first = await Task.WhenAny(slot.Reply, wait).ConfigureAwait(false);
            await waitCancel.CancelAsync().ConfigureAwait(false);
            if (first == slot.Reply || !slot.TryAbandon())
            {
                return ResponseBody(await slot.Reply.ConfigureAwait(false));
            }
        }

        logger.AnsweringLater(name, channel);
        return new JsonObject { ["response_type"] = "ephemeral", ["text"] = "Looking that up…" };
    }

    /// <summary>Handles an Events API body; returns the JSON to answer with, or null for an empty 200.</summary>
    public async Task<EventOutcome> HandleEventAsync(JsonElement body, CancellationToken cancellationToken)
    {
        var type = GetString(body, "type");
        if (type == "url_verification")
        {
            return new EventOutcome(EventDisposition.Answered, new JsonObject { ["challenge"] = GetString(body, "challenge") ?? "" });
        }

        if (type != "event_callback" || !body.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.Object)
        {
            return new EventOutcome(EventDisposition.Ignored, null);
        }

        var eventType = GetString(ev, "type");
        var user = GetString(ev, "user");
        if (eventType != "app_mention" || ev.TryGetProperty("bot_id", out _) || GetString(ev, "subtype") is not null
            || user is null || user == identity.BotUserId)
        {
            return new EventOutcome(EventDisposition.Ignored, null);
        }

        var eventId = GetString(body, "event_id") ?? $"{GetString(ev, "channel")}:{GetString(ev, "ts")}";
        if (!await deduplicator.TryBeginAsync(eventId, cancellationToken).ConfigureAwait(false))
        {
            logger.DuplicateEvent(eventId);
            return new EventOutcome(EventDisposition.Duplicate, null);
        }

        var channel = GetString(ev, "channel") ?? "";
        var (name, text) = MentionParser.Parse(GetString(ev, "text"), identity.BotUserId);
        var threadTs = GetString(ev, "thread_ts") ?? GetString(ev, "ts");
        var command = new ChatCommand(name, text, new ChatContext("slack", channel, user, IsAdmin: false));
        if (!queue.TryEnqueue(new SlackWorkItem(command, time.GetUtcNow(), null, null, threadTs)))
        {
            logger.QueueFull(name);
            await deduplicator.ForgetAsync(eventId, cancellationToken).ConfigureAwait(false);
            return new EventOutcome(EventDisposition.Busy, null);
        }

        return new EventOutcome(EventDisposition.Queued, null);
    }

    private static JsonObject ResponseBody(ChatReply reply)
    {
        var body = BlockKitRenderer.Render(reply).ToJson();
        body["response_type"] = reply.Ephemeral ? "ephemeral" : "in_channel";
        return body;
    }

    private static string? GetString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
