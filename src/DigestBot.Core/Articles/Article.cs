namespace DigestBot.Core.Articles;

/// <summary>A news article as indexed: its full text and where it came from.</summary>
/// <param name="Id">Stable id derived from the source (file path or feed item identity).</param>
/// <param name="Source">Where the text came from: a path relative to the content root, or a URL.</param>
/// <param name="Dateline">An optional dateline line such as "GENEVA".</param>
/// <param name="Headline">An optional headline.</param>
/// <param name="Text">The full text; quote offsets point into it.</param>
/// <param name="ContentHash">SHA-256 of the engine version and the text, hex, for idempotent indexing (<see cref="ArticleParser.HashOf"/>).</param>
/// <param name="PublishedAt">When the article was published, if known.</param>
/// <param name="IndexedAt">When the article was first indexed.</param>
public sealed record Article(
    string Id,
    string Source,
    string? Dateline,
    string? Headline,
    string Text,
    string ContentHash,
    DateTimeOffset? PublishedAt,
    DateTimeOffset IndexedAt)
{
    /// <summary>A short human label for citations: the headline, else the dateline, else the source.</summary>
    public string Label => Headline ?? Dateline ?? Source;
}
