namespace DigestBot.Core.Delivery;

/// <summary>A chat platform the core can post to. Discord, Slack and the console each implement it.</summary>
public interface IChatPlatform
{
    /// <summary>Lower-case platform name used in subscriptions: "discord", "slack", "console".</summary>
    string Name { get; }

    /// <summary>Posts a rendered digest. Never throws for platform failures: they come back as a typed result.</summary>
    Task<DeliveryResult> PostDigestAsync(DigestDelivery delivery, CancellationToken cancellationToken);
}
