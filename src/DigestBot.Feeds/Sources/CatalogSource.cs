using DigestBot.Core.Sources;

namespace DigestBot.Feeds.Sources;

/// <summary>One feed the bot follows: from configuration (read-only from chat) or added from chat.</summary>
/// <param name="Feed">Its address, name and interval.</param>
/// <param name="Key">Its normalised absolute URL, the key of its stored state.</param>
/// <param name="Added">Who added it from chat, or null for a configured feed.</param>
public sealed record CatalogSource(FeedSourceOptions Feed, string Key, FeedSource? Added)
{
    /// <summary>Whether it comes from appsettings.json (Sources) rather than chat.</summary>
    public bool IsConfigured => Added is null;
}
