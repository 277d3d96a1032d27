using DigestBot.Feeds.Parsing;

namespace DigestBot.Feeds.Inspection;

/// <summary>The short format names used in output and in the fixtures' manifest.</summary>
public static class FormatNames
{
    /// <summary>rss2, rss1, atom, jsonfeed or invalid.</summary>
    public static string Of(FeedFormat format) => format switch
    {
        FeedFormat.Rss2 => "rss2",
        FeedFormat.Rss1 => "rss1",
        FeedFormat.Atom => "atom",
        FeedFormat.JsonFeed => "jsonfeed",
        _ => "invalid",
    };
}
