using DigestBot.Core.Sources;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Sources;

/// <summary>
/// Every feed the bot follows: the configured ones first, then those added from chat (read from the store on every
/// call, so a feed added or removed on any replica is seen on the next poller cycle).
/// </summary>
public sealed class SourceCatalog(IOptions<SourcesOptions> options, ISourceStore store)
{
    /// <summary>The normalised key of a feed address (its <see cref="Uri.AbsoluteUri"/>), or the text itself if it is not a URL.</summary>
    public static string KeyOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : url;

    /// <summary>Configured feeds, then chat-added ones whose URL is not configured too.</summary>
    public async Task<IReadOnlyList<CatalogSource>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<CatalogSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feed in options.Value.Feeds)
        {
            var key = KeyOf(feed.Url);
            if (seen.Add(key))
            {
                list.Add(new CatalogSource(feed, key, null));
            }
        }

        foreach (var added in await store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = KeyOf(added.Url);
            if (seen.Add(key))
            {
                list.Add(new CatalogSource(new FeedSourceOptions { Url = added.Url, Name = added.Name, Interval = added.Interval }, key, added));
            }
        }

        return list;
    }
}
