namespace DigestBot.Slack.Api;

/// <summary>Who the bot is in the workspace, learned from auth.test at start, or why it could not be learned.</summary>
internal sealed class SlackIdentity
{
    private volatile string? _botUserId;
    private volatile string? _botId;
    private volatile string? _fatalError;
    private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The bot's user id (U...), once auth.test has answered.</summary>
    public string? BotUserId => _botUserId;

    /// <summary>The bot id (B...), once auth.test has answered.</summary>
    public string? BotId => _botId;

    /// <summary>Set when Slack rejected the token: the adapter stops rather than loop.</summary>
    public string? FatalError => _fatalError;

    /// <summary>Completes once auth.test has answered, either way.</summary>
    public Task Settled => _settled.Task;

    /// <summary>Records the answer of auth.test.</summary>
    public void Set(string? botUserId, string? botId)
    {
        _botUserId = botUserId;
        _botId = botId;
        _settled.TrySetResult();
    }

    /// <summary>Records that the credentials were rejected.</summary>
    public void Fail(string error)
    {
        _fatalError = error;
        _settled.TrySetResult();
    }
}
