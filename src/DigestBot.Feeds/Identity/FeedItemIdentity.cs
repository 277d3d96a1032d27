using DigestBot.Core.Articles;
using DigestBot.Feeds.Parsing;

namespace DigestBot.Feeds.Identity;

/// <summary>
/// Gives each feed item the identity it is stored under, so a restart, a reordered feed or a re-dated item never
/// stores it twice and an edited item replaces itself: the guid/id when it is stable (present and unique in the
/// document), else the canonical link (when unique in the document), else a hash of title and text.
/// </summary>
public static class FeedItemIdentity
{
    /// <summary>The identity key of every item, in order. <paramref name="feedUrl"/> scopes ids that are not URLs.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<FeedItem> items, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var scope = feedUrl.IdnHost.ToLowerInvariant();
        var guidCounts = Count(items.Select(i => i.Id?.Trim()));
        var linkCounts = Count(items.Select(i => i.Link is null ? null : LinkCanonicalizer.Canonicalize(i.Link)));
        var keys = new List<string>(items.Count);
        foreach (var item in items)
        {
            var guid = item.Id?.Trim();
            var link = item.Link is null ? null : LinkCanonicalizer.Canonicalize(item.Link);
            if (!string.IsNullOrEmpty(guid) && guidCounts[guid] == 1)
            {
                keys.Add(IsHttp(guid) ? "guid:" + guid : $"guid:{scope}|{guid}");
            }
            else if (link is not null && linkCounts[link] == 1)
            {
                keys.Add("link:" + link);
            }
            else
            {
                keys.Add($"hash:{scope}|{ArticleParser.HashOf((item.Title ?? string.Empty) + "\n" + item.Text)}");
            }
        }

        return keys;
    }

    /// <summary>The stored article id for an identity key (same shape as the Core's ids: 16 hex digits).</summary>
    public static string ArticleId(string key) => ArticleParser.IdFor("feed-item:" + key);

    private static bool IsHttp(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, int> Count(IEnumerable<string?> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!string.IsNullOrEmpty(value))
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        return counts;
    }
}
