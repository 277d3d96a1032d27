using DigestBot.Feeds.Parsing;

namespace DigestBot.Feeds.Inspection;

/// <summary>What the bot would ingest from one feed: the parsed feed plus where it came from.</summary>
/// <param name="File">The file name or URL that was inspected.</param>
/// <param name="Feed">The parse result.</param>
public sealed record FeedInspection(string File, ParsedFeed Feed)
{
    /// <summary>The manifest's name for the format: rss2, rss1, atom, jsonfeed or invalid.</summary>
    public string FormatName => FormatNames.Of(Feed.Format);
}
