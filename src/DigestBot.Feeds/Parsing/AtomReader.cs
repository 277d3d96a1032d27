using DigestBot.Feeds.Markup;

namespace DigestBot.Feeds.Parsing;

/// <summary>Reads entries from an Atom 1.0 or 0.3 &lt;feed&gt; document tree.</summary>
internal static class AtomReader
{
    private static readonly string[] DateNames = ["published", "issued", "created", "updated", "modified", "date"];

    public static ParsedFeed Read(FeedElement root, string encoding, Uri? address, bool wellFormed, string? problem)
    {
        var items = new List<FeedItem>();
        foreach (var entry in Entries(root))
        {
            items.Add(ReadEntry(entry, address));
        }

        return new ParsedFeed(FeedFormat.Atom, encoding, RssReader.Clean(Child(root, "title")?.Text()), items, wellFormed, problem);
    }

    private static IEnumerable<FeedElement> Entries(FeedElement scope)
    {
        foreach (var child in scope.Elements())
        {
            if (IsAtom(child, "entry"))
            {
                yield return child;
                continue;
            }

            foreach (var nested in Entries(child))
            {
                yield return nested;
            }
        }
    }

    private static FeedItem ReadEntry(FeedElement entry, Uri? address)
    {
        var id = RssReader.Clean(Child(entry, "id")?.Text());
        return new FeedItem(
            id,
            RssReader.Clean(Child(entry, "title")?.Text()),
            Link(entry, id, address),
            Published(entry),
            TextConstruct(Child(entry, "summary")),
            TextConstruct(Child(entry, "content")));
    }

    private static Uri? Link(FeedElement entry, string? id, Uri? address)
    {
        foreach (var link in entry.Elements().Where(e => IsAtom(e, "link")))
        {
            var rel = link.Attribute("rel")?.Trim();
            if (rel is null or "" or "alternate" or "http://www.iana.org/assignments/relation/alternate"
                && LinkResolver.Resolve(link.Attribute("href") ?? link.Text(), link.BaseUri(address)) is { } href)
            {
                return href;
            }
        }

        return id is not null && (id.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || id.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ? LinkResolver.Resolve(id, null)
            : null;
    }

    private static DateTimeOffset? Published(FeedElement entry)
    {
        foreach (var name in DateNames)
        {
            foreach (var element in entry.Elements().Where(e => e.LocalName == name))
            {
                if (FeedDateParser.Parse(element.Text()) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    // Atom text constructs: type="text" is literal, "html" is escaped markup, "xhtml" is inline markup.
    private static string TextConstruct(FeedElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var type = element.Attribute("type")?.Trim().ToLowerInvariant();
        var mode = element.Attribute("mode")?.Trim().ToLowerInvariant();
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml")
        {
            return HtmlText.ToText(element.InnerMarkup());
        }

        return type is "text" or "text/plain"
            ? HtmlText.CollapseWhitespace(element.Text())
            : HtmlText.ToText(element.Text());
    }

    private static FeedElement? Child(FeedElement scope, string name) =>
        scope.Elements().FirstOrDefault(e => IsAtom(e, name));

    // Atom elements are unprefixed or in an Atom namespace; "media:title" or "dc:title" do not count.
    private static bool IsAtom(FeedElement element, string localName) =>
        element.LocalName == localName
        && (element.Prefix.Length == 0 || element.NamespaceUri.Contains("Atom", StringComparison.OrdinalIgnoreCase)
            || element.NamespaceUri.Contains("/atom", StringComparison.OrdinalIgnoreCase));
}
