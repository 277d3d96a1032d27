using DigestBot.Core.Coordination;
using DigestBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace DigestBot.Core.Tests.Coordination;

/// <summary>
/// The runner on a stepped fake clock (2 s leases renewed every 400 ms, standby retries every 100 ms): time moves only
/// while every runner waits on its timer, so each timing below is exact, whatever the load on the machine.
/// </summary>
public sealed class LeaseRunnerTests : IDisposable
{
    private static readonly LeaseOptions Fast = new()
    {
        LeaseTtl = TimeSpan.FromSeconds(2),
        RenewEvery = TimeSpan.FromMilliseconds(400),
        RetryEvery = TimeSpan.FromMilliseconds(100),
    };

    private readonly SteppedClock _clock = new(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero));
    private readonly InProcessLeaseStore _store;
    private readonly CancellationTokenSource _timeout = new(SteppedClock.HangGuard);

    public LeaseRunnerTests() => _store = new InProcessLeaseStore(_clock);

    private TimeSpan Elapsed => _clock.GetUtcNow() - _clock.Start;

    public void Dispose() => _timeout.Dispose();

    [Fact]
    public async Task RunWhileHeld_LeaseFree_RunsWorkAndReleasesWhenItEnds()
    {
        var runner = Runner(_store, "a");
        var ran = false;

        await runner.RunWhileHeldAsync("gw", _ => { ran = true; return Task.CompletedTask; }, _timeout.Token);

        Assert.True(ran);
        Assert.True(await _store.TryAcquireAsync("gw", "b", Fast.LeaseTtl, _timeout.Token));
    }

    [Fact]
    public async Task RunWhileHeld_OtherReplicaHolds_StandsByUntilTheHolderStops()
    {
        using var stopA = CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token);
        var runnerA = Runner(_store, "a");
        var runnerB = Runner(_store, "b");
        var a = runnerA.RunWhileHeldAsync("gw", HoldAsync, stopA.Token);
        await _clock.RunUntilAsync(() => runnerA.Holds("gw"), waiters: 1);
        var b = runnerB.RunWhileHeldAsync("gw", HoldAsync, _timeout.Token);

        // Three lease lifetimes: A renews 15 times, B asks 60 times and is refused every time.
        var bHeldEarly = false;
        await _clock.RunUntilAsync(() => (bHeldEarly |= runnerB.Holds("gw")) || Elapsed >= Fast.LeaseTtl * 3, waiters: 2);
        var aHeldThroughout = runnerA.Holds("gw");
        var stoppedAt = _clock.GetUtcNow();
        await stopA.CancelAsync();
        await a;
        await _clock.RunUntilAsync(() => runnerB.Holds("gw"), waiters: 1);
        var takeover = _clock.GetUtcNow() - stoppedAt;

        Assert.False(bHeldEarly);
        Assert.True(aHeldThroughout);
        Assert.InRange(takeover, TimeSpan.Zero, Fast.RetryEvery);
        await _timeout.CancelAsync();
        await b;
    }

    [Fact]
    public async Task RunWhileHeld_HolderDiedWithoutReleasing_TakesOverExactlyAtExpiry()
    {
        Assert.True(await _store.TryAcquireAsync("gw", "dead", Fast.LeaseTtl, _timeout.Token));
        var runner = Runner(_store, "b");

        var running = runner.RunWhileHeldAsync("gw", HoldAsync, _timeout.Token);
        await _clock.RunUntilAsync(() => runner.Holds("gw"), waiters: 1);
        var waited = Elapsed;

        // Standby retries every 100 ms from t = 0, and 20 of them land exactly on the dead holder's expiry.
        Assert.Equal(Fast.LeaseTtl, waited);
        await _timeout.CancelAsync();
        await running;
    }

    [Fact]
    public async Task RunWhileHeld_RenewalRefused_CancelsWorkAndStandsBy()
    {
        var store = new Mock<ILeaseStore>(MockBehavior.Strict);
        var calls = 0;
        store.Setup(s => s.TryAcquireAsync("gw", "a", Fast.LeaseTtl, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => ++calls == 1);
        var cancelledAt = new TaskCompletionSource<TimeSpan>();
        var runner = Runner(store.Object, "a");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token);

        var running = runner.RunWhileHeldAsync("gw", async ct =>
        {
            await using var registration = ct.Register(() => cancelledAt.TrySetResult(Elapsed));
            await Task.Delay(Timeout.Infinite, ct);
        }, stop.Token);
        await _clock.RunUntilAsync(() => cancelledAt.Task.IsCompleted && calls >= 4, waiters: 1);
        var heldAfterLoss = runner.Holds("gw");
        await stop.CancelAsync();
        await running;

        Assert.Equal(Fast.RenewEvery, await cancelledAt.Task);
        Assert.False(heldAfterLoss);
        store.Verify(s => s.ReleaseAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunWhileHeld_StoreFailsOrHangs_StopsWorkHalfARenewalBeforeTheLeaseCouldExpire(bool hangs)
    {
        // 4 s lease renewed every 1 s: renewals at 1, 2 and 3 s fail (or the one at 1 s hangs); the work is stopped at
        // 3.5 s, half a renewal interval before the last granted lease (taken at 0) could expire, and not a tick sooner.
        var slow = new LeaseOptions { LeaseTtl = TimeSpan.FromSeconds(4), RenewEvery = TimeSpan.FromSeconds(1), RetryEvery = TimeSpan.FromSeconds(1) };
        var store = new Mock<ILeaseStore>(MockBehavior.Strict);
        var calls = 0;
        store.Setup(s => s.TryAcquireAsync("gw", "a", slow.LeaseTtl, It.IsAny<CancellationToken>()))
            .Returns((string _, string _, TimeSpan _, CancellationToken ct) => ++calls == 1 ? Task.FromResult(true)
                : hangs ? HangAsync(ct) : Task.FromException<bool>(new TimeoutException("database down")));
        var cancelledAt = new TaskCompletionSource<TimeSpan>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token);
        var runner = new LeaseRunner(store.Object, new ReplicaIdentity("a"), Options.Create(slow), _clock, NullLogger<LeaseRunner>.Instance);

        var running = runner.RunWhileHeldAsync("gw", async ct =>
        {
            await using var registration = ct.Register(() => cancelledAt.TrySetResult(Elapsed));
            await Task.Delay(Timeout.Infinite, ct);
        }, stop.Token);
        await _clock.RunUntilAsync(() => cancelledAt.Task.IsCompleted, waiters: 1);
        await stop.CancelAsync();
        await running;

        Assert.Equal(slow.LeaseTtl - (slow.RenewEvery / 2), await cancelledAt.Task);
    }

    [Fact]
    public async Task RunWhileHeld_RenewalHangs_AbandonedAtTheStandDownTimeOfTheInjectedClock()
    {
        var slow = new LeaseOptions { LeaseTtl = TimeSpan.FromSeconds(4), RenewEvery = TimeSpan.FromSeconds(1), RetryEvery = TimeSpan.FromSeconds(1) };
        var store = new Mock<ILeaseStore>(MockBehavior.Strict);
        var calls = 0;
        var abandonedAt = new TaskCompletionSource<TimeSpan>();
        store.Setup(s => s.TryAcquireAsync("gw", "a", slow.LeaseTtl, It.IsAny<CancellationToken>()))
            .Returns((string _, string _, TimeSpan _, CancellationToken ct) => ++calls switch
            {
                1 => Task.FromResult(true),
                2 => HangAsync(ct.Register(() => abandonedAt.TrySetResult(Elapsed)), ct),
                _ => HangAsync(default, ct),
            });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token);
        var runner = new LeaseRunner(store.Object, new ReplicaIdentity("a"), Options.Create(slow), _clock, NullLogger<LeaseRunner>.Instance);

        var running = runner.RunWhileHeldAsync("gw", HoldAsync, stop.Token);
        await _clock.RunUntilAsync(() => abandonedAt.Task.IsCompleted, waiters: 1);
        await stop.CancelAsync();
        await running;

        // The renewal asked at 1 s is given up at 3.5 s of the clock the runner was given, not after 2.5 s of system time.
        Assert.Equal(slow.LeaseTtl - (slow.RenewEvery / 2), await abandonedAt.Task);
    }

    [Fact]
    public async Task RunWhileHeld_WorkThrows_ReleasesAndRethrows()
    {
        var runner = Runner(_store, "a");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            runner.RunWhileHeldAsync("gw", _ => throw new InvalidOperationException("boom"), _timeout.Token));

        Assert.True(await _store.TryAcquireAsync("gw", "b", Fast.LeaseTtl, _timeout.Token));
    }

    private static async Task<bool> HangAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return true;
    }

    private static async Task<bool> HangAsync(CancellationTokenRegistration registration, CancellationToken cancellationToken)
    {
        await using (registration)
        {
            return await HangAsync(cancellationToken);
        }
    }

    private static Task HoldAsync(CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);

    private LeaseRunner Runner(ILeaseStore store, string name) =>
        new(store, new ReplicaIdentity(name), Options.Create(Fast), _clock, NullLogger<LeaseRunner>.Instance);
}
