namespace DigestBot.Discord.Gateway;

/// <summary>What is needed to resume a gateway session: its id, the URL to resume at and the last sequence number.</summary>
internal sealed class GatewayResumeState
{
    public string? SessionId { get; set; }

    public Uri? ResumeUrl { get; set; }

    public long? Sequence { get; set; }

    /// <summary>True once READY gave us a session to resume.</summary>
    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>Forgets the session so the next connection identifies afresh.</summary>
    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
