namespace DigestBot.Slack.Configuration;

/// <summary>The "Slack" configuration section. Secrets come from the environment (Slack__BotToken, ...).</summary>
public sealed class SlackOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Slack";

    /// <summary>The default Web API base address.</summary>
    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>Signing secret from Basic Information; verifies HTTP requests (Slack:SigningSecret).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Bot user OAuth token, xoxb-... (Slack:BotToken).</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token with connections:write, xapp-..., for Socket Mode (Slack:AppToken).</summary>
    public string? AppToken { get; set; }

    /// <summary>Web API base address with a trailing slash (Slack:ApiBaseUrl).</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Http or Socket (Slack:Mode).</summary>
    public SlackMode Mode { get; set; } = SlackMode.Http;

    /// <summary>Slash command name to bot command, e.g. "/newsask" = "ask" (Slack:Commands). Empty means the standard names.</summary>
    public Dictionary<string, string> Commands { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// User ids (U...) allowed to change channel settings (/sources add|remove, /digest subscribe) besides the
    /// workspace admins and owners that users.info reports (Slack:AdminUserIds).
    /// </summary>
    public List<string> AdminUserIds { get; set; } = [];

    /// <summary>How long a slash command waits for its answer before acknowledging and answering later (Slack:InlineReplyWait).</summary>
    public TimeSpan InlineReplyWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Commands and mentions waiting for a worker before new ones are refused (Slack:QueueCapacity).</summary>
    public int QueueCapacity { get; set; } = 100;

    /// <summary>Commands answered at the same time (Slack:Workers).</summary>
    public int Workers { get; set; } = 2;

    /// <summary>Longest 429 Retry-After a reply waits out before giving up (Slack:MaxRetryAfter).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one Web API call (Slack:RequestTimeout).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether the credentials for the selected mode are present.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken)
        && (Mode == SlackMode.Socket ? !string.IsNullOrWhiteSpace(AppToken) : !string.IsNullOrWhiteSpace(SigningSecret));

    /// <summary>Whether any credential is set at all (a partial set is a configuration error).</summary>
    public bool HasAnyCredential => !string.IsNullOrWhiteSpace(BotToken)
        || !string.IsNullOrWhiteSpace(AppToken) || !string.IsNullOrWhiteSpace(SigningSecret);
}
