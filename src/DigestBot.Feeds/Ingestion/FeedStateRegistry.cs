using System.Collections.Concurrent;

namespace DigestBot.Feeds.Ingestion;

/// <summary>Per-feed state for the life of the process (validators and failure streaks; the store holds the items).</summary>
public sealed class FeedStateRegistry
{
    private readonly ConcurrentDictionary<string, FeedState> _states = new(StringComparer.Ordinal);

    /// <summary>The state of the feed at <paramref name="url"/>, created on first use.</summary>
    public FeedState Get(string url) => _states.GetOrAdd(url, _ => new FeedState());
}
