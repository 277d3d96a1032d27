namespace DigestBot.Discord.Rest;

/// <summary>What Discord last told us about one bucket: requests left and when it refills.</summary>
internal sealed class RateLimitBucket
{
    /// <summary>Requests left before <see cref="ResetAt"/>; null while unknown.</summary>
    public int? Remaining { get; set; }

    /// <summary>When the bucket refills.</summary>
    public DateTimeOffset ResetAt { get; set; }
}
