using DigestBot.Feeds.Fetching;

namespace DigestBot.Feeds.Ingestion;

/// <summary>What the poller remembers about one feed between polls: validators and its failure streak.</summary>
public sealed class FeedState
{
    /// <summary>Validators for the next conditional GET.</summary>
    public FeedValidators Validators { get; set; } = FeedValidators.None;

    /// <summary>Failures in a row; 0 after a success.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>The last failure's reason, or null after a success.</summary>
    public string? LastFailure { get; set; }

    /// <summary>The server's Retry-After on the last failure, if any.</summary>
    public TimeSpan? RetryAfter { get; set; }
}
