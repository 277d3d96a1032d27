using DigestBot.Core.Coordination;

namespace DigestBot.Postgres.Tests.Coordination;

/// <summary>A lease store that works until <see cref="Kill"/>, then never answers again: a replica killed with SIGKILL.</summary>
internal sealed class FrozenOnKillLeaseStore(ILeaseStore inner) : ILeaseStore
{
    private readonly TaskCompletionSource _killed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Kill() => _killed.TrySetResult();

    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan ttl, CancellationToken cancellationToken)
    {
        await FreezeIfKilledAsync(cancellationToken);
        return await inner.TryAcquireAsync(name, holder, ttl, cancellationToken);
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await FreezeIfKilledAsync(cancellationToken);
        await inner.ReleaseAsync(name, holder, cancellationToken);
    }

    private async Task FreezeIfKilledAsync(CancellationToken cancellationToken)
    {
        if (_killed.Task.IsCompleted)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
