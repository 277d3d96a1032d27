namespace DigestBot.Discord.Messages;

/// <summary>A message body for create, edit, follow-up and interaction responses.</summary>
internal sealed record DiscordMessage(
    string? Content,
    IReadOnlyList<Embed>? Embeds,
    int? Flags = null)
{
    /// <summary>The EPHEMERAL message flag: only the invoking user sees the message.</summary>
    public const int EphemeralFlag = 64;

    /// <summary>Always sent, so quoted text can never ping anyone.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>Deduplication value for channel posts (at most 25 characters).</summary>
    public string? Nonce { get; init; }

    /// <summary>Makes Discord refuse a second message with the same nonce.</summary>
    public bool? EnforceNonce { get; init; }
}
