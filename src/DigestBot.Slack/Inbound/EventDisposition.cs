namespace DigestBot.Slack.Inbound;

/// <summary>What became of one Events API delivery.</summary>
internal enum EventDisposition
{
    /// <summary>Answered directly (url_verification).</summary>
    Answered,

    /// <summary>A mention queued for an answer in its thread.</summary>
    Queued,

    /// <summary>Not for us: another event type, a bot's message, our own message.</summary>
    Ignored,

    /// <summary>Already seen (a Slack retry).</summary>
    Duplicate,

    /// <summary>The queue is full; Slack should retry later.</summary>
    Busy,
}
