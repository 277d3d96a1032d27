namespace DigestBot.Feeds.Parsing;

/// <summary>One entry of a feed as the bot ingests it.</summary>
/// <param name="Id">The guid / id / rdf:about as written, or null when the feed gives none.</param>
/// <param name="Title">The title, XML-decoded and whitespace-collapsed (HTML inside it kept as written).</param>
/// <param name="Link">The absolute http(s) link, resolved against xml:base and the feed address; null if none.</param>
/// <param name="Published">The publication (else update) date; null when absent or unreadable.</param>
/// <param name="Summary">The summary / description as clean text.</param>
/// <param name="Content">The full content (content:encoded, Atom content, JSON content) as clean text.</param>
public sealed record FeedItem(
    string? Id,
    string? Title,
    Uri? Link,
    DateTimeOffset? Published,
    string Summary,
    string Content)
{
    /// <summary>The longest text the item offers: the content, else the summary.</summary>
    public string Text => Content.Length >= Summary.Length ? Content : Summary;
}
