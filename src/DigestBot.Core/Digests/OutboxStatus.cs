namespace DigestBot.Core.Digests;

/// <summary>Where one scheduled digest delivery stands.</summary>
public enum OutboxStatus
{
    /// <summary>Reserved, not yet confirmed sent; retried on start.</summary>
    Pending,

    /// <summary>Posted; the platform's message id is kept.</summary>
    Sent,

    /// <summary>A quiet day skipped under Digest:SkipEmpty; the window counts as covered.</summary>
    Empty,

    /// <summary>Missed while the bot was down and too late to catch up; the next digest covers its articles.</summary>
    Skipped,

    /// <summary>Given up (refused channel, bad credentials, attempts exhausted); the reason is kept.</summary>
    Failed,
}
