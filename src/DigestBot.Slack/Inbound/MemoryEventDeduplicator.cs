namespace DigestBot.Slack.Inbound;

/// <summary>Event ids kept in memory for an hour (Slack retries within minutes), at most <see cref="Capacity"/> of them.</summary>
internal sealed class MemoryEventDeduplicator(TimeProvider time) : IEventDeduplicator
{
    /// <summary>Ids remembered at most; the oldest go first.</summary>
    public const int Capacity = 10_000;

    /// <summary>How long an id is remembered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> _order = new();
    private readonly Lock _gate = new();

    /// <summary>Ids currently remembered.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _seen.Count;
            }
        }
    }

    public ValueTask<bool> TryBeginAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Expire(now);
            if (_seen.ContainsKey(eventId))
            {
                return ValueTask.FromResult(false);
            }

            _seen[eventId] = now;
            _order.Enqueue((eventId, now));
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask ForgetAsync(string eventId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _seen.Remove(eventId);
        }

        return ValueTask.CompletedTask;
    }

    private void Expire(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (now - oldest.At >= Lifetime || _order.Count > Capacity - 1))
        {
            _order.Dequeue();
            if (_seen.TryGetValue(oldest.Id, out var at) && at == oldest.At)
            {
                _seen.Remove(oldest.Id);
            }
        }
    }
}
