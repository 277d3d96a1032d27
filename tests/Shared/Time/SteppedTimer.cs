namespace DigestBot.Testing;

/// <summary>A timer of a <see cref="SteppedClock"/>: the fake clock's own timer, with its next firing time known to the clock.</summary>
internal sealed class SteppedTimer(SteppedClock clock) : ITimer
{
    private ITimer? _inner;
    private TimeSpan _period = Timeout.InfiniteTimeSpan;

    /// <summary>When the timer fires next (meaningful while it is pending).</summary>
    public DateTimeOffset FireAt { get; set; }

    public void Attach(ITimer inner) => _inner = inner;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        lock (clock.Gate)
        {
            _period = period;
            clock.Schedule(this, dueTime);
            return _inner!.Change(dueTime, period);
        }
    }

    // The firing is booked at once (the clock then sees nothing pending until the woken code sets its next timer), but
    // the callback runs on the thread pool, never inline in the test's Advance while it holds the clock's gate.
    public void Fire(TimerCallback callback, object? state)
    {
        clock.Fired(this, _period);
        ThreadPool.UnsafeQueueUserWorkItem(static s => s.Callback(s.State), (Callback: callback, State: state), preferLocal: false);
    }

    public void Dispose()
    {
        clock.Schedule(this, Timeout.InfiniteTimeSpan);
        _inner?.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
