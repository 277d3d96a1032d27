namespace DigestBot.Feeds.Ingestion;

/// <summary>What one poll of one feed did.</summary>
/// <param name="Name">The feed's display name.</param>
/// <param name="Url">The configured address.</param>
/// <param name="New">Items stored for the first time.</param>
/// <param name="Updated">Stored items whose text changed and were replaced.</param>
/// <param name="Unchanged">Items already stored with the same text (or the whole feed answered 304).</param>
/// <param name="NotModified">Whether the server answered 304 Not Modified.</param>
/// <param name="Failure">Why the poll failed, or null.</param>
/// <param name="Items">Items in the document (after a 304: in the last document parsed).</param>
public sealed record FeedReport(string Name, string Url, int New, int Updated, int Unchanged, bool NotModified, string? Failure, int Items = 0)
{
    /// <summary>Whether the poll failed.</summary>
    public bool Failed => Failure is not null;

    /// <summary>A failed poll.</summary>
    public static FeedReport Fail(string name, string url, string reason) => new(name, url, 0, 0, 0, false, reason);
}
