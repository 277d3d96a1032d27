namespace DigestBot.Discord.Messages;

/// <summary>Which mentions in a message may ping; we never let quoted text ping anyone.</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    /// <summary>No @everyone, role or user pings.</summary>
    public static readonly AllowedMentions None = new([]);
}
