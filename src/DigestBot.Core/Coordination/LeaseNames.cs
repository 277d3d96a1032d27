namespace DigestBot.Core.Coordination;

/// <summary>The leases the adapters hold: one connection of each kind across all replicas.</summary>
public static class LeaseNames
{
    /// <summary>The Discord gateway WebSocket connection.</summary>
    public const string DiscordGateway = "discord-gateway";

    /// <summary>The Slack Socket Mode WebSocket connection.</summary>
    public const string SlackSocketMode = "slack-socket-mode";
}
