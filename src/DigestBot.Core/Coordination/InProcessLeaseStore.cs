namespace DigestBot.Core.Coordination;

/// <summary>Leases for a single process (no shared store configured): the first holder keeps each lease until it releases or stops renewing.</summary>
public sealed class InProcessLeaseStore(TimeProvider time) : ILeaseStore
{
    private readonly Dictionary<string, (string Holder, DateTimeOffset Until)> _leases = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public Task<bool> TryAcquireAsync(string name, string holder, TimeSpan ttl, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_leases.TryGetValue(name, out var lease) && lease.Holder != holder && lease.Until > now)
            {
                return Task.FromResult(false);
            }

            _leases[name] = (holder, now + ttl);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_leases.TryGetValue(name, out var lease) && lease.Holder == holder)
            {
                _leases.Remove(name);
            }
        }

        return Task.CompletedTask;
    }
}
