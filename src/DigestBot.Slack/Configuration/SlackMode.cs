namespace DigestBot.Slack.Configuration;

/// <summary>How Slack reaches the bot: signed HTTP requests to a public URL, or a Socket Mode WebSocket.</summary>
public enum SlackMode
{
    /// <summary>Slack posts slash commands and events to /slack/commands and /slack/events.</summary>
    Http,

    /// <summary>The bot opens a WebSocket with the app-level token; no public URL needed.</summary>
    Socket,
}
