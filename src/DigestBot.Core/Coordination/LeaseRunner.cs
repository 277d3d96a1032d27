using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Core.Coordination;

/// <summary>
/// Runs a piece of work (a gateway or Socket Mode connection) only while this replica holds a named lease: waits on
/// standby while another replica holds it, renews it while the work runs, and cancels the work as soon as the lease
/// is lost or can no longer be renewed before it expires. Another replica takes over when the holder dies.
/// </summary>
public sealed partial class LeaseRunner(
    ILeaseStore store,
    ReplicaIdentity replica,
    IOptions<LeaseOptions> options,
    TimeProvider time,
    ILogger<LeaseRunner> logger)
{
    private readonly LeaseBoard _held = new();

    /// <summary>Whether this replica holds <paramref name="name"/> right now (for readiness and logs).</summary>
    public bool Holds(string name) => _held.Contains(name);

    /// <summary>
    /// Runs <paramref name="work"/> while the lease <paramref name="name"/> is held, starting it again whenever the lease
    /// is regained. Returns when the work ends on its own (the lease is released) or <paramref name="stoppingToken"/> fires.
    /// </summary>
    public async Task RunWhileHeldAsync(string name, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(work);
        var standbyLogged = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await TryTakeAsync(name, stoppingToken).ConfigureAwait(false) is not { } validUntil)
                {
                    if (!standbyLogged)
                    {
                        LogStandby(logger, name, replica.Name);
                        standbyLogged = true;
                    }

                    await Task.Delay(options.Value.RetryEvery, time, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                standbyLogged = false;
                LogAcquired(logger, name, replica.Name);
                if (await RunHeldAsync(name, validUntil, work, stoppingToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Runs the work under renewal; true when it ended on its own or the host stops, false when the lease was lost.</summary>
    private async Task<bool> RunHeldAsync(string name, DateTimeOffset validUntil, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        _held.Add(name);
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var running = Task.Run(() => work(lost.Token), CancellationToken.None);
        try
        {
            var stillHeld = await KeepRenewedAsync(name, validUntil, running, stoppingToken).ConfigureAwait(false);
            if (!stillHeld)
            {
                await lost.CancelAsync().ConfigureAwait(false);
            }

            try
            {
                await WaitQuietlyAsync(running, lost.Token).ConfigureAwait(false);
            }
            catch
            {
                await ReleaseAsync(name).ConfigureAwait(false);
                throw;
            }

            if (stillHeld || stoppingToken.IsCancellationRequested)
            {
                await ReleaseAsync(name).ConfigureAwait(false);
                return true;
            }

            return false;
        }
        finally
        {
            _held.Remove(name);
        }
    }

    /// <summary>
    /// Renews until the work ends (true) or the lease is lost (false). A lease that cannot be renewed is given up half a
    /// renewal interval before it could expire, even when the store hangs, so two replicas never hold it at once.
    /// </summary>
    private async Task<bool> KeepRenewedAsync(string name, DateTimeOffset validUntil, Task running, CancellationToken stoppingToken)
    {
        var o = options.Value;
        var margin = o.RenewEvery / 2;
        while (true)
        {
            var standDownAt = validUntil - margin;
            var wait = Min(o.RenewEvery, standDownAt - time.GetUtcNow());
            using (var tickCancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                var tick = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, tickCancel.Token);
                if (await Task.WhenAny(running, tick).ConfigureAwait(false) == running || stoppingToken.IsCancellationRequested)
                {
                    await tickCancel.CancelAsync().ConfigureAwait(false);
                    return true;
                }
            }

            var asked = time.GetUtcNow();
            try
            {
                if (!await TryRenewAsync(name, standDownAt - asked, stoppingToken).ConfigureAwait(false))
                {
                    LogLost(logger, name, replica.Name);
                    return false;
                }

                // The store granted it at or after "asked", so it is valid at least until asked + ttl.
                validUntil = asked + o.LeaseTtl;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The store is unreachable or too slow: keep going while the last renewal is surely valid, then stand down.
                LogRenewFailed(logger, exception, name, validUntil - time.GetUtcNow());
                if (time.GetUtcNow() >= validUntil - margin)
                {
                    LogLost(logger, name, replica.Name);
                    return false;
                }
            }
        }
    }

    /// <summary>
    /// One renewal, given up when <paramref name="left"/> runs out on the injected clock (not the system timer, so a hung
    /// store is abandoned on the same clock the stand-down time is measured on).
    /// </summary>
    private async Task<bool> TryRenewAsync(string name, TimeSpan left, CancellationToken stoppingToken)
    {
        using var deadline = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero, time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, deadline.Token);
        return await store.TryAcquireAsync(name, replica.Name, options.Value.LeaseTtl, attempt.Token).ConfigureAwait(false);
    }

    /// <summary>Tries to take the lease; the time it is valid until at least, or null when another replica holds it or the store failed.</summary>
    private async Task<DateTimeOffset?> TryTakeAsync(string name, CancellationToken stoppingToken)
    {
        var asked = time.GetUtcNow();
        try
        {
            return await store.TryAcquireAsync(name, replica.Name, options.Value.LeaseTtl, stoppingToken).ConfigureAwait(false)
                ? asked + options.Value.LeaseTtl
                : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogAcquireFailed(logger, exception, name);
            return null;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private async Task ReleaseAsync(string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await store.ReleaseAsync(name, replica.Name, timeout.Token).ConfigureAwait(false);
            LogReleased(logger, name, replica.Name);
        }
        catch (Exception exception)
        {
            // It expires on its own.
            LogReleaseFailed(logger, exception, name);
        }
    }

    /// <summary>Waits for the work; its cancellation after a lost lease is expected, anything else it throws propagates.</summary>
    private static async Task WaitQuietlyAsync(Task running, CancellationToken lostToken)
    {
        try
        {
            await running.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (lostToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "Lease {Lease} is held by another replica; {Replica} is on standby")]
    private static partial void LogStandby(ILogger logger, string lease, string replica);

    [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Lease {Lease} taken by {Replica}")]
    private static partial void LogAcquired(ILogger logger, string lease, string replica);

    [LoggerMessage(EventId = 702, Level = LogLevel.Warning, Message = "Lease {Lease} lost by {Replica}; stopping its work")]
    private static partial void LogLost(ILogger logger, string lease, string replica);

    [LoggerMessage(EventId = 703, Level = LogLevel.Information, Message = "Lease {Lease} released by {Replica}")]
    private static partial void LogReleased(ILogger logger, string lease, string replica);

    [LoggerMessage(EventId = 704, Level = LogLevel.Warning, Message = "Could not renew lease {Lease}; {Left} left before it expires")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, string lease, TimeSpan left);

    [LoggerMessage(EventId = 705, Level = LogLevel.Warning, Message = "Could not reach the lease store for {Lease}; retrying")]
    private static partial void LogAcquireFailed(ILogger logger, Exception exception, string lease);

    [LoggerMessage(EventId = 706, Level = LogLevel.Debug, Message = "Could not release lease {Lease}; it will expire")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string lease);
}
