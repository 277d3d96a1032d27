namespace DigestBot.Discord.Configuration;

/// <summary>How Discord reaches the bot: by HTTP POSTs to a public URL, over the gateway WebSocket, or both.</summary>
public enum DiscordMode
{
    /// <summary>Discord POSTs interactions to /discord/interactions (needs a public URL and the public key).</summary>
    Interactions,

    /// <summary>The bot connects out to the gateway and receives INTERACTION_CREATE (needs the bot token).</summary>
    Gateway,

    /// <summary>Both at once; Discord sends each interaction to only one of them.</summary>
    Both,
}
