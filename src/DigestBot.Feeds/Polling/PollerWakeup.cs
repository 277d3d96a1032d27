namespace DigestBot.Feeds.Polling;

/// <summary>
/// Lets the poller sleep until its next due feed or its refresh interval, and be woken early: when a poll ends (to
/// schedule that feed again) or when a feed is added or removed from chat in this process.
/// </summary>
public sealed class PollerWakeup
{
    private CancellationTokenSource? _sleep;
    private int _pending;

    /// <summary>Ends the current sleep, or the next one before it starts.</summary>
    public void Wake()
    {
        Volatile.Write(ref _pending, 1);
        try
        {
            Volatile.Read(ref _sleep)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The sleep ended on its own meanwhile; the pending flag covers the next one.
        }
    }

    /// <summary>Waits <paramref name="delay"/> or until <see cref="Wake"/>; throws only when <paramref name="stoppingToken"/> fires.</summary>
    public async Task SleepAsync(TimeSpan delay, TimeProvider timeProvider, CancellationToken stoppingToken)
    {
        using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Volatile.Write(ref _sleep, sleep);
        try
        {
            if (Interlocked.Exchange(ref _pending, 0) == 1 || delay <= TimeSpan.Zero)
            {
                return;
            }

            // Task.Delay counts whole milliseconds and ends at once for less than one: round up, or a due time under 1 ms
            // away is re-checked in a busy loop until it passes (forever on a clock that only moves when told to).
            await Task.Delay(RoundUpToMilliseconds(delay), timeProvider, sleep.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Woken early.
        }
        finally
        {
            Interlocked.CompareExchange(ref _sleep, null, sleep);
            Volatile.Write(ref _pending, 0);
        }
    }

    private static TimeSpan RoundUpToMilliseconds(TimeSpan delay) =>
        TimeSpan.FromTicks((delay.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond);
}
