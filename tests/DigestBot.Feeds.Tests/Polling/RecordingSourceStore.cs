using DigestBot.Core.Sources;
using DigestBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Feeds.Tests.Polling;

/// <summary>
/// A decorator of the real <see cref="ISourceStore"/> that records every poll (the claim, then the state saved), so a
/// test asserts on what the poller scheduled and when it acted on it. With a <see cref="SteppedClock"/> it also marks
/// the start of each poller cycle (its read of every state), so the clock waits for the sleep that cycle computes.
/// </summary>
internal sealed class RecordingSourceStore(ISourceStore inner, TimeProvider time, SteppedClock? clock = null) : ISourceStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset? For, DateTimeOffset At)> _inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset?> _due = new(StringComparer.Ordinal);
    private readonly List<FeedPoll> _polls = [];

    /// <summary>Replaces the registered <see cref="ISourceStore"/> with a recorder around it; resolve the recorder as its own type.</summary>
    public static IServiceCollection Decorate(IServiceCollection services, TimeProvider time, SteppedClock? clock = null)
    {
        var original = services.Last(d => d.ServiceType == typeof(ISourceStore));
        services.Remove(original);
        services.AddSingleton(provider => new RecordingSourceStore(
            (ISourceStore)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!)),
            time,
            clock));
        return services.AddSingleton<ISourceStore>(provider => provider.GetRequiredService<RecordingSourceStore>());
    }

    /// <summary>When the poll of <paramref name="url"/> in flight was claimed, or null when none is.</summary>
    public DateTimeOffset? InFlightSince(string url)
    {
        lock (_gate)
        {
            return _inFlight.TryGetValue(url, out var claim) ? claim.At : null;
        }
    }

    /// <summary>Feeds claimed and not yet saved.</summary>
    public IReadOnlyList<string> InFlight
    {
        get
        {
            lock (_gate)
            {
                return [.. _inFlight.Keys];
            }
        }
    }

    /// <summary>
    /// The earliest due time saved for a feed not in flight, to the millisecond the SQLite store keeps (the due time the
    /// poller reads back): the clock must not pass it before that poll is claimed.
    /// </summary>
    public DateTimeOffset? EarliestDue
    {
        get
        {
            lock (_gate)
            {
                return _due.Where(d => !_inFlight.ContainsKey(d.Key)).Min(d => d.Value) is { } due
                    ? due.AddTicks(-(due.Ticks % TimeSpan.TicksPerMillisecond))
                    : null;
            }
        }
    }

    /// <summary>Every poll of <paramref name="url"/> that saved its state, in order.</summary>
    public IReadOnlyList<FeedPoll> Polls(string url)
    {
        lock (_gate)
        {
            return [.. _polls.Where(p => p.Url == url)];
        }
    }

    public Task<bool> AddAsync(FeedSource source, CancellationToken cancellationToken) => inner.AddAsync(source, cancellationToken);

    public Task<bool> RemoveAsync(string url, CancellationToken cancellationToken) => inner.RemoveAsync(url, cancellationToken);

    public Task<IReadOnlyList<FeedSource>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

    public Task<FeedSourceState?> GetStateAsync(string url, CancellationToken cancellationToken) => inner.GetStateAsync(url, cancellationToken);

    public Task<IReadOnlyList<FeedSourceState>> ListStatesAsync(CancellationToken cancellationToken)
    {
        clock?.BeginCycle();
        return inner.ListStatesAsync(cancellationToken);
    }

    public async Task<bool> TryClaimAsync(string url, DateTimeOffset? expectedNextPollAt, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        var won = await inner.TryClaimAsync(url, expectedNextPollAt, leaseUntil, cancellationToken);
        if (won)
        {
            lock (_gate)
            {
                _inFlight[url] = (expectedNextPollAt, at);
            }
        }

        return won;
    }

    public async Task SaveStateAsync(FeedSourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await inner.SaveStateAsync(state, cancellationToken);
        lock (_gate)
        {
            if (_inFlight.Remove(state.Url, out var claim))
            {
                _polls.Add(new FeedPoll(state.Url, claim.For, claim.At, state));
            }

            _due[state.Url] = state.NextPollAt;
        }
    }
}
