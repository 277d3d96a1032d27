using DigestBot.Feeds.Markup;

namespace DigestBot.Feeds.Parsing;

/// <summary>Reads items from an &lt;rss&gt; (0.9x/2.0) or &lt;rdf:RDF&gt; (1.0/0.90) document tree.</summary>
internal static class RssReader
{
    private static readonly HashSet<string> RssNamespaces = new(StringComparer.Ordinal)
    {
        "http://purl.org/rss/1.0/",
        "http://my.netscape.com/rdf/simple/0.9/",
        "http://channel.netscape.com/rdf/simple/0.9/",
        "http://backend.userland.com/rss2",
        "http://backend.userland.com/rss",
    };

    private static readonly string[] DateNames = ["pubDate", "date", "published", "issued", "updated", "modified", "created"];

    public static ParsedFeed Read(
        FeedElement root, FeedFormat format, string encoding, Uri? address, bool wellFormed, string? problem)
    {
        var channel = root.Elements().FirstOrDefault(e => IsRss(e, "channel"));
        var title = channel is null ? null : Title(channel);
        var items = new List<FeedItem>();
        foreach (var item in Items(root))
        {
            items.Add(ReadItem(item, address));
        }

        return new ParsedFeed(format, encoding, title, items, wellFormed, problem);
    }

    private static IEnumerable<FeedElement> Items(FeedElement scope)
    {
        foreach (var child in scope.Elements())
        {
            if (IsRss(child, "item"))
            {
                yield return child;
                continue;
            }

            foreach (var nested in Items(child))
            {
                yield return nested;
            }
        }
    }

    private static FeedItem ReadItem(FeedElement item, Uri? address)
    {
        var guid = Child(item, "guid");
        var id = Clean(guid?.Text()) ?? Clean(item.Attribute("rdf:about"));
        var summary = Child(item, "description") ?? item.Elements().FirstOrDefault(e => e.LocalName == "summary");
        var content = item.Elements().FirstOrDefault(e => e.LocalName == "encoded")
            ?? item.Elements().FirstOrDefault(e => e.LocalName == "content" && e.Prefix.Length > 0 && e.Attribute("url") is null);
        return new FeedItem(
            id,
            Title(item),
            Link(item, guid, address),
            Published(item),
            HtmlText.ToText(summary?.Text()),
            HtmlText.ToText(content?.Text()));
    }

    private static Uri? Link(FeedElement item, FeedElement? guid, Uri? address)
    {
        foreach (var link in item.Elements().Where(e => IsRss(e, "link")))
        {
            var resolved = LinkResolver.Resolve(link.Text(), link.BaseUri(address));
            if (resolved is not null)
            {
                return resolved;
            }
        }

        foreach (var link in item.Elements().Where(e => e.LocalName == "link" && e.Attribute("href") is not null))
        {
            var rel = link.Attribute("rel");
            if (rel is null or "alternate" && LinkResolver.Resolve(link.Attribute("href"), link.BaseUri(address)) is { } href)
            {
                return href;
            }
        }

        var permalink = guid?.Attribute("isPermaLink");
        if (guid is not null && !string.Equals(permalink?.Trim(), "false", StringComparison.OrdinalIgnoreCase))
        {
            var text = guid.Text().Trim();
            if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return LinkResolver.Resolve(text, guid.BaseUri(address));
            }
        }

        return null;
    }

    private static DateTimeOffset? Published(FeedElement item)
    {
        foreach (var name in DateNames)
        {
            foreach (var element in item.Elements().Where(e => e.LocalName == name))
            {
                if (FeedDateParser.Parse(element.Text()) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    private static string? Title(FeedElement scope) => Clean(Child(scope, "title")?.Text());

    private static FeedElement? Child(FeedElement scope, string name) =>
        scope.Elements().FirstOrDefault(e => IsRss(e, name));

    // RSS elements carry no prefix, or a prefix bound to an RSS namespace; "atom:link" or "media:title" do not count.
    private static bool IsRss(FeedElement element, string localName) =>
        element.LocalName == localName && (element.Prefix.Length == 0 || RssNamespaces.Contains(element.NamespaceUri));

    internal static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
