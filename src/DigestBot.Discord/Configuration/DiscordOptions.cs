using System.ComponentModel.DataAnnotations;

namespace DigestBot.Discord.Configuration;

/// <summary>Settings bound from the "Discord" configuration section.</summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Discord";

    /// <summary>The application (client) id from the developer portal; needed to register commands.</summary>
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:ApplicationId must be the numeric application id from the developer portal.")]
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key, 64 hex characters; needed for HTTP interactions.</summary>
    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Discord:PublicKey must be the 64 hex characters shown as PUBLIC KEY in the developer portal.")]
    public string? PublicKey { get; set; }

    /// <summary>The bot token. Set it only through the environment variable Discord__BotToken.</summary>
    public string? BotToken { get; set; }

    /// <summary>REST base URL with a trailing slash.</summary>
    [Required(ErrorMessage = "Discord:ApiBaseUrl is required.")]
    [Url(ErrorMessage = "Discord:ApiBaseUrl must be an absolute URL such as https://discord.com/api/v10/.")]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10/";

    /// <summary>Overrides the gateway URL returned by GET /gateway/bot (tests, proxies).</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>How Discord reaches the bot.</summary>
    public DiscordMode Mode { get; set; } = DiscordMode.Interactions;

    /// <summary>Register the commands in this guild only (instant) instead of globally.</summary>
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:GuildId must be a numeric guild (server) id.")]
    public string? GuildId { get; set; }

    /// <summary>Bulk-overwrite the slash commands at start when their definitions changed.</summary>
    public bool RegisterCommands { get; set; }

    /// <summary>Folder for small state files (the hash of the registered commands).</summary>
    [Required(ErrorMessage = "Discord:StateDirectory is required.")]
    public string StateDirectory { get; set; } = "data";

    /// <summary>How long to wait for an answer before deferring; Discord allows 3 seconds for the first reply.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:02.500", ErrorMessage = "Discord:DeferAfter must be between 00:00:00.050 and 00:00:02.500.")]
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait for a rate limit before giving the 429 back to the caller.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Discord:MaxRateLimitWait must be between 00:00:00 and 00:05:00.")]
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when a bot token or public key is set; otherwise the adapter stays off.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken) || !string.IsNullOrWhiteSpace(PublicKey);

    /// <summary>True when the HTTP interactions endpoint should accept requests.</summary>
    public bool UsesInteractions => Mode is DiscordMode.Interactions or DiscordMode.Both;

    /// <summary>True when the gateway connection should run.</summary>
    public bool UsesGateway => Mode is DiscordMode.Gateway or DiscordMode.Both;
}
