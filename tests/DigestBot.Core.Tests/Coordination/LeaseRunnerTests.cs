using DigestBot.Core.Coordination;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace DigestBot.Core.Tests.Coordination;

/// <summary>The runner on real time with short timings: 2 s leases renewed every 400 ms, standby retries every 100 ms.</summary>
public sealed class LeaseRunnerTests : IDisposable
{
    private static readonly LeaseOptions Fast = new()
    {
        LeaseTtl = TimeSpan.FromSeconds(2),
        RenewEvery = TimeSpan.FromMilliseconds(400),
        RetryEvery = TimeSpan.FromMilliseconds(100),
    };

    private readonly InProcessLeaseStore _store = new(TimeProvider.System);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(20));

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
        var aStarted = new TaskCompletionSource();
        var bStarted = new TaskCompletionSource();
        var a = Runner(_store, "a").RunWhileHeldAsync("gw", ct => Hold(aStarted, ct), stopA.Token);
        await aStarted.Task.WaitAsync(_timeout.Token);
        var b = Runner(_store, "b").RunWhileHeldAsync("gw", ct => Hold(bStarted, ct), _timeout.Token);

        await Task.Delay(600, _timeout.Token);
        var bRanWhileAHeld = bStarted.Task.IsCompleted;
        await stopA.CancelAsync();
        await a;
        await bStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(bRanWhileAHeld);
        await _timeout.CancelAsync();
        await b;
    }

    [Fact]
    public async Task RunWhileHeld_HolderDiedWithoutReleasing_TakesOverAfterExpiry()
    {
        Assert.True(await _store.TryAcquireAsync("gw", "dead", Fast.LeaseTtl, _timeout.Token));
        var started = new TaskCompletionSource();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var running = Runner(_store, "b").RunWhileHeldAsync("gw", ct => Hold(started, ct), _timeout.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var waited = clock.Elapsed;

        Assert.InRange(waited, Fast.LeaseTtl - TimeSpan.FromMilliseconds(200), Fast.LeaseTtl + Fast.RetryEvery + TimeSpan.FromSeconds(2));
        await _timeout.CancelAsync();
        await running;
    }

    [Fact]
    public async Task RunWhileHeld_RenewalRefused_CancelsWorkAndStandsBy()
    {
        var store = new Mock<ILeaseStore>(MockBehavior.Strict);
        store.SetupSequence(s => s.TryAcquireAsync("gw", "a", Fast.LeaseTtl, It.IsAny<CancellationToken>()))
            .ReturnsAsync(true)
            .ReturnsAsync(false)
            .ReturnsAsync(false)
            .ReturnsAsync(false)
            .ReturnsAsync(false)
            .ReturnsAsync(false)
            .ReturnsAsync(false);
        var cancelled = new TaskCompletionSource();
        var runner = Runner(store.Object, "a");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token);

        var running = runner.RunWhileHeldAsync("gw", async ct =>
        {
            await using var registration = ct.Register(() => cancelled.TrySetResult());
            await Task.Delay(Timeout.Infinite, ct);
        }, stop.Token);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var heldAfterLoss = await StillHeldAfterAsync(runner, "gw", TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await running;

        Assert.False(heldAfterLoss);
        store.Verify(s => s.ReleaseAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunWhileHeld_StoreFailsOrHangs_StopsWorkBeforeTheLeaseCouldExpire(bool hangs)
    {
        // Longer timings than the others: the work must outlive transient failures (a 2 s floor) yet stop before 4 s.
        var slow = new LeaseOptions { LeaseTtl = TimeSpan.FromSeconds(4), RenewEvery = TimeSpan.FromSeconds(1), RetryEvery = TimeSpan.FromSeconds(1) };
        var store = new Mock<ILeaseStore>(MockBehavior.Strict);
        var calls = 0;
        store.Setup(s => s.TryAcquireAsync("gw", "a", slow.LeaseTtl, It.IsAny<CancellationToken>()))
            .Returns((string _, string _, TimeSpan _, CancellationToken ct) => ++calls == 1 ? Task.FromResult(true)
                : hangs ? HangAsync(ct) : Task.FromException<bool>(new TimeoutException("database down")));
        var cancelledAfter = new TaskCompletionSource<TimeSpan>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token);
        var runner = new LeaseRunner(store.Object, new ReplicaIdentity("a"), Options.Create(slow), TimeProvider.System, NullLogger<LeaseRunner>.Instance);

        var running = runner.RunWhileHeldAsync("gw", async ct =>
        {
            await using var registration = ct.Register(() => cancelledAfter.TrySetResult(clock.Elapsed));
            await Task.Delay(Timeout.Infinite, ct);
        }, stop.Token);
        var after = await cancelledAfter.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await running;

        Assert.InRange(after, TimeSpan.FromSeconds(2), slow.LeaseTtl);
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

    private static async Task<bool> StillHeldAfterAsync(LeaseRunner runner, string name, TimeSpan within)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (runner.Holds(name) && clock.Elapsed < within)
        {
            await Task.Delay(20);
        }

        return runner.Holds(name);
    }

    private static async Task Hold(TaskCompletionSource started, CancellationToken cancellationToken)
    {
        started.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    private static LeaseRunner Runner(ILeaseStore store, string name) =>
        new(store, new ReplicaIdentity(name), Options.Create(Fast), TimeProvider.System, NullLogger<LeaseRunner>.Instance);
}
