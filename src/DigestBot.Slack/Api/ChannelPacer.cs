using System.Collections.Concurrent;

namespace DigestBot.Slack.Api;

/// <summary>Spaces posts to one channel about a second apart, Slack's documented per-channel pace.</summary>
internal sealed class ChannelPacer(TimeProvider time)
{
    /// <summary>The gap between two posts to the same channel.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private const int PruneAbove = 1000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Waits until a post to <paramref name="channel"/> is due and reserves the slot.</summary>
    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var due = _next.TryGetValue(channel, out var next) && next > now ? next : now;
            _next[channel] = due + Interval;
            wait = due - now;
            if (_next.Count > PruneAbove)
            {
                foreach (var (key, value) in _next)
                {
                    if (value < now)
                    {
                        _next.TryRemove(key, out _);
                    }
                }
            }
        }

        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }
}
