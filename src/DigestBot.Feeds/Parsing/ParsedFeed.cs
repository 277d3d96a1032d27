namespace DigestBot.Feeds.Parsing;

/// <summary>The result of parsing one feed document. Never thrown: problems are reported in <see cref="Problem"/>.</summary>
/// <param name="Format">What the document is.</param>
/// <param name="Encoding">The encoding the bytes were decoded with.</param>
/// <param name="Title">The feed's own title, if any.</param>
/// <param name="Items">The entries in document order.</param>
/// <param name="WellFormed">False when the strict XML parser refused it and the lenient reader recovered it.</param>
/// <param name="Problem">Why the document is not a feed, or what had to be repaired; null when all was well.</param>
public sealed record ParsedFeed(
    FeedFormat Format,
    string Encoding,
    string? Title,
    IReadOnlyList<FeedItem> Items,
    bool WellFormed,
    string? Problem)
{
    /// <summary>A non-feed with a reason.</summary>
    public static ParsedFeed Invalid(string encoding, string problem) =>
        new(FeedFormat.Invalid, encoding, null, [], true, problem);
}
