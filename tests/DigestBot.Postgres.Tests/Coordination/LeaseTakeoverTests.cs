using System.Diagnostics;
using DigestBot.Core.Coordination;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace DigestBot.Postgres.Tests.Coordination;

/// <summary>Two replicas' lease runners on one real PostgreSQL database with the shipped default timings.</summary>
public sealed class LeaseTakeoverTests(PostgresCoordinationFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresCoordinationFixture>
{
    [Fact]
    public async Task RunWhileHeld_HolderKilled_StandbyTakesOverWithin30Seconds()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var (_, leasesA) = await fixture.CreateCoordinationStoresAsync(timeout.Token);
        var (_, leasesB) = fixture.OpenSecondReplica();
        var frozenA = new FrozenOnKillLeaseStore(leasesA);
        var aConnected = new TaskCompletionSource();
        var bConnected = new TaskCompletionSource();
        using var stopA = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        using var stopB = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var a = Runner(frozenA, "replica-a").RunWhileHeldAsync("discord-gateway", ct => Connect(aConnected, ct), stopA.Token);
        await aConnected.Task.WaitAsync(timeout.Token);
        var b = Runner(leasesB, "replica-b").RunWhileHeldAsync("discord-gateway", ct => Connect(bConnected, ct), stopB.Token);
        await Task.Delay(TimeSpan.FromSeconds(6), timeout.Token);
        var bConnectedWhileAAlive = bConnected.Task.IsCompleted;

        frozenA.Kill();
        var sinceKill = Stopwatch.StartNew();
        await bConnected.Task.WaitAsync(TimeSpan.FromSeconds(40), timeout.Token);
        var takeover = sinceKill.Elapsed;
        output.WriteLine($"takeover after the holder died: {takeover.TotalSeconds:0.0} s");

        Assert.False(bConnectedWhileAAlive);
        Assert.True(takeover < TimeSpan.FromSeconds(30), $"standby took over {takeover.TotalSeconds:0.0} s after the holder died");
        await stopA.CancelAsync();
        await stopB.CancelAsync();
        await b;
        await Task.WhenAny(a, Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None));
    }

    private static async Task Connect(TaskCompletionSource connected, CancellationToken cancellationToken)
    {
        connected.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    private static LeaseRunner Runner(ILeaseStore store, string name) =>
        new(store, new ReplicaIdentity(name), Options.Create(new LeaseOptions()), TimeProvider.System, NullLogger<LeaseRunner>.Instance);
}
