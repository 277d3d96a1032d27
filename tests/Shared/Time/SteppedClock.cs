using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows which of its timers are pending and when each fires, and moves time only
/// while the code under test is idle (waiting on those timers), straight to the next one. A schedule is then measured
/// exactly in fake time, however slowly the loaded machine runs the code between timers. Timer callbacks run on the
/// thread pool (their firing is booked at once), never inline in the test's step while it holds <see cref="Gate"/>.
/// </summary>
internal sealed class SteppedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    /// <summary>Real time allowed for a run to reach its condition: a guard against hangs, never a measured quantity.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly List<SteppedTimer> _pending = [];
    private bool _timerSinceCycle = true;

    /// <summary>Held while timers are created, changed or fire, and while time moves (re-entrant).</summary>
    public Lock Gate { get; } = new();

    /// <summary>How many timers are waiting to fire.</summary>
    public int PendingTimers
    {
        get
        {
            lock (Gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>When each pending timer fires.</summary>
    public IReadOnlyList<DateTimeOffset> PendingFireTimes
    {
        get
        {
            lock (Gate)
            {
                return [.. _pending.Select(t => t.FireAt)];
            }
        }
    }

    /// <summary>
    /// Notes that the code under test began a cycle that reads the time and then sleeps on a new timer; time does not
    /// move again until that timer exists, so the sleep is never computed from a time that has since moved on.
    /// </summary>
    public void BeginCycle()
    {
        lock (Gate)
        {
            _timerSinceCycle = false;
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SteppedTimer(this);
        timer.Attach(base.CreateTimer(s => timer.Fire(callback, s), state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// Moves time from pending timer to pending timer, never past <paramref name="limit"/> (read afresh each step), until
    /// <paramref name="done"/> holds. Time moves only when <paramref name="idle"/> holds (both are checked under
    /// <see cref="Gate"/>), so <paramref name="done"/> is seen at the fake time it became true. Throws, naming
    /// <paramref name="what"/>, when it is not reached within <see cref="HangGuard"/> of real time.
    /// </summary>
    public async Task RunUntilAsync(Func<bool> done, Func<bool> idle, Func<DateTimeOffset?>? limit = null, string what = "the condition")
    {
        using var guard = new CancellationTokenSource(HangGuard);
        while (true)
        {
            lock (Gate)
            {
                if (done())
                {
                    return;
                }

                if (_timerSinceCycle && _pending.Count > 0 && idle())
                {
                    var next = _pending.Min(t => t.FireAt);
                    var target = limit?.Invoke() is { } end && end < next ? end : next;
                    if (target > GetUtcNow())
                    {
                        SetUtcNow(target);
                    }
                }
            }

            try
            {
                await Task.Delay(2, guard.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{what} was not reached within {HangGuard.TotalSeconds} s of real time; fake time stayed at {GetUtcNow():O} ({GetUtcNow() - Start} after the start) with {PendingTimers} timer(s) pending.");
            }
        }
    }

    /// <summary>Moves time until <paramref name="done"/> holds while exactly <paramref name="waiters"/> timers are pending.</summary>
    public Task RunUntilAsync(Func<bool> done, int waiters) => RunUntilAsync(done, () => _pending.Count == waiters);

    internal void Schedule(SteppedTimer timer, TimeSpan dueTime)
    {
        lock (Gate)
        {
            _pending.Remove(timer);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                timer.FireAt = GetUtcNow() + dueTime;
                _pending.Add(timer);
                _timerSinceCycle = true;
            }
        }
    }

    internal void Fired(SteppedTimer timer, TimeSpan period)
    {
        lock (Gate)
        {
            _pending.Remove(timer);
            if (period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero)
            {
                timer.FireAt = GetUtcNow() + period;
                _pending.Add(timer);
            }
        }
    }
}
