namespace DigestBot.Feeds.Polling;

/// <summary>
/// When to poll a feed next: its interval with ±10% jitter after a success (so feeds drift apart instead of
/// firing together), exponential backoff after failures (interval × 2^failures, capped), and never sooner than
/// the server's Retry-After.
/// </summary>
public static class FeedSchedule
{
    /// <summary>Fraction of the interval used as jitter either way.</summary>
    public const double JitterFraction = 0.1;

    private static readonly TimeSpan RetryAfterCap = TimeSpan.FromHours(24);

    /// <summary>The wait before the next poll.</summary>
    /// <param name="interval">The feed's interval.</param>
    /// <param name="consecutiveFailures">Failures in a row (0 after a success).</param>
    /// <param name="retryAfter">The server's Retry-After, if any.</param>
    /// <param name="maxBackoff">The longest wait a failing feed gets (unless Retry-After asks for more).</param>
    /// <param name="random">A number in [0, 1) to place the jitter.</param>
    public static TimeSpan NextDelay(TimeSpan interval, int consecutiveFailures, TimeSpan? retryAfter, TimeSpan maxBackoff, double random)
    {
        var jitter = 1 + ((random * 2) - 1) * JitterFraction;
        TimeSpan delay;
        if (consecutiveFailures <= 0)
        {
            delay = interval * jitter;
        }
        else
        {
            var factor = Math.Pow(2, Math.Min(consecutiveFailures, 20));
            var backoff = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * factor, maxBackoff.Ticks));
            delay = backoff * jitter;
        }

        if (retryAfter is { } wait && wait > delay)
        {
            delay = wait < RetryAfterCap ? wait : RetryAfterCap;
        }

        return delay;
    }
}
