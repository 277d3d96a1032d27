using System.Net;
using System.Security.Cryptography;
using System.Text;
using DigestBot.Core.Delivery;
using DigestBot.Discord.Rendering;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Delivery;

/// <summary>Posts digests to Discord channels, with a nonce derived from the idempotency key so a retry cannot post twice.</summary>
internal sealed class DiscordChatPlatform(DiscordRestClient rest, ILogger<DiscordChatPlatform> logger) : IChatPlatform
{
    /// <inheritdoc />
    public string Name => "discord";

    /// <inheritdoc />
    public async Task<DeliveryResult> PostDigestAsync(DigestDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var messages = ReplyRenderer.RenderDigest(delivery.Digest);
        string? firstId = null;
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i] with { Nonce = Nonce(delivery.IdempotencyKey, i), EnforceNonce = true };
            var result = await rest.CreateMessageAsync(delivery.ChannelId, message, cancellationToken).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                var failure = ToFailure(result);
                DiscordLog.DeliveryFailed(logger, delivery.ChannelId, failure.Status.ToString(), failure.Reason);
                return failure;
            }

            firstId ??= result.Id;
        }

        return firstId is null
            ? DeliveryResult.Failed(DeliveryStatus.Transient, "Discord answered without a message id")
            : DeliveryResult.Delivered(firstId);
    }

    /// <summary>A stable nonce of at most 25 characters for part <paramref name="part"/> of a delivery.</summary>
    internal static string Nonce(string idempotencyKey, int part)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{idempotencyKey}#{part}")));
        return hash[..DiscordLimits.Nonce];
    }

    private static DeliveryResult ToFailure(RestResult result) => result.Status switch
    {
        (int)HttpStatusCode.TooManyRequests => DeliveryResult.RateLimited(result.RetryAfter ?? RateLimiter.DefaultRetryAfter, result.Error),
        (int)HttpStatusCode.Unauthorized => DeliveryResult.Failed(DeliveryStatus.Unauthorized, "bot token rejected: " + result.Error),
        (int)HttpStatusCode.Forbidden => DeliveryResult.Failed(DeliveryStatus.Forbidden, "the bot may not post in this channel: " + result.Error),
        (int)HttpStatusCode.NotFound => DeliveryResult.Failed(DeliveryStatus.NotFound, "channel not found: " + result.Error),
        0 => DeliveryResult.Failed(DeliveryStatus.Transient, "no answer from Discord: " + result.Error),
        _ => DeliveryResult.Failed(DeliveryStatus.Transient, $"HTTP {result.Status}: {result.Error}"),
    };
}
