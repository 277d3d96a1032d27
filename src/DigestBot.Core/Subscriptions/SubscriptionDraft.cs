namespace DigestBot.Core.Subscriptions;

/// <summary>A subscription to add or replace, keyed by platform and channel.</summary>
public sealed record SubscriptionDraft(string Platform, string ChannelId, string? Time, string? Cron, string TimeZone);
