namespace DigestBot.Core.Chat;

/// <summary>Who sent a command and where, in platform-neutral terms.</summary>
/// <param name="Platform">"discord", "slack" or "console".</param>
/// <param name="ChannelId">The platform's channel id.</param>
/// <param name="UserId">The platform's user id.</param>
/// <param name="IsAdmin">Whether the user may change channel settings (Discord MANAGE_GUILD, Slack admin).</param>
public sealed record ChatContext(string Platform, string ChannelId, string UserId, bool IsAdmin);
