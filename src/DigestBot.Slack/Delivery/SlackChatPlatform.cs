using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Core.Delivery;
using DigestBot.Slack.Api;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Logging;
using DigestBot.Slack.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Delivery;

/// <summary>Posts digests to Slack channels, at most once per idempotency key, with typed failures.</summary>
public sealed class SlackChatPlatform : IChatPlatform
{
    /// <summary>The message metadata event type that marks a digest post.</summary>
    public const string MetadataEventType = "digestbot_digest";

    private const int HistoryDepth = 100;
    private readonly SlackApiClient _api;
    private readonly IOptions<SlackOptions> _options;
    private readonly ILogger<SlackChatPlatform> _logger;

    internal SlackChatPlatform(SlackApiClient api, IOptions<SlackOptions> options, ILogger<SlackChatPlatform> logger)
    {
        _api = api;
        _options = options;
        _logger = logger;
    }

    /// <inheritdoc />
    public string Name => "slack";

    /// <inheritdoc />
    public async Task<DeliveryResult> PostDigestAsync(DigestDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!_options.Value.IsEnabled)
        {
            return DeliveryResult.Failed(DeliveryStatus.Unauthorized, "Slack is not configured: set Slack__BotToken (and Slack__SigningSecret or Slack__AppToken).");
        }

        // A crash between Slack's answer and our bookkeeping must not post the digest twice.
        if (await FindPostedAsync(delivery.ChannelId, delivery.IdempotencyKey, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            _logger.DigestAlreadyPosted(delivery.ChannelId, existing);
            return DeliveryResult.Delivered(existing);
        }

        var message = BlockKitRenderer.RenderDigest(delivery.Digest);
        var metadata = new JsonObject
        {
            ["event_type"] = MetadataEventType,
            ["event_payload"] = new JsonObject { ["idempotency_key"] = delivery.IdempotencyKey },
        };
        var result = await _api.PostMessageAsync(delivery.ChannelId, message, null, metadata, waitOutRateLimit: false, cancellationToken)
            .ConfigureAwait(false);
        if (result.Ok && result.GetString("ts") is { } ts)
        {
            _logger.DigestPosted(delivery.ChannelId, ts);
            return DeliveryResult.Delivered(ts);
        }

        var reason = result.Error ?? "no ts in the response";
        _logger.DigestFailed(delivery.ChannelId, result.Failure, reason);
        return result.Failure switch
        {
            SlackFailure.RateLimited => DeliveryResult.RateLimited(result.RetryAfter ?? TimeSpan.FromSeconds(1), reason),
            SlackFailure.NotInChannel => DeliveryResult.Failed(DeliveryStatus.Forbidden, reason),
            SlackFailure.ChannelNotFound => DeliveryResult.Failed(DeliveryStatus.NotFound, reason),
            SlackFailure.InvalidAuth or SlackFailure.AccountInactive => DeliveryResult.Failed(DeliveryStatus.Unauthorized, reason),
            SlackFailure.Other when reason is "is_archived" or "restricted_action" or "missing_scope" =>
                DeliveryResult.Failed(DeliveryStatus.Forbidden, reason),
            _ => DeliveryResult.Failed(DeliveryStatus.Transient, reason),
        };
    }

    /// <summary>The ts of a message in <paramref name="channel"/>'s recent history carrying <paramref name="idempotencyKey"/>, or null.</summary>
    public async Task<string?> FindPostedAsync(string channel, string idempotencyKey, CancellationToken cancellationToken)
    {
        var history = await _api.HistoryAsync(channel, HistoryDepth, cancellationToken).ConfigureAwait(false);
        if (!history.Ok)
        {
            _logger.HistoryCheckFailed(channel, history.Error ?? "");
            return null;
        }

        if (!history.Body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var message in messages.EnumerateArray())
        {
            // Other apps' and people's messages have no metadata, or metadata of any shape: never throw on them.
            if (message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
                && IsString(meta, "event_type", MetadataEventType)
                && meta.TryGetProperty("event_payload", out var payload) && payload.ValueKind == JsonValueKind.Object
                && IsString(payload, "idempotency_key", idempotencyKey)
                && message.TryGetProperty("ts", out var ts) && ts.ValueKind == JsonValueKind.String)
            {
                return ts.GetString();
            }
        }

        return null;
    }

    private static bool IsString(JsonElement element, string property, string expected) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == expected;
}
