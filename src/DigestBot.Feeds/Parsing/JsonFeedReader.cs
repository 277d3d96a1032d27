using System.Text.Json;

namespace DigestBot.Feeds.Parsing;

/// <summary>Reads a JSON Feed 1.0 / 1.1 document.</summary>
internal static class JsonFeedReader
{
    public static ParsedFeed Read(string text, string encoding, Uri? address)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, FeedParser.JsonOptions);
        }
        catch (JsonException ex)
        {
            return ParsedFeed.Invalid(encoding, "not valid JSON: " + ex.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ParsedFeed.Invalid(encoding, "JSON document is not an object, so not a JSON Feed");
            }

            var version = String(root, "version");
            var hasItems = root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array;
            if (version?.Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase) != true && !hasItems)
            {
                return ParsedFeed.Invalid(encoding, "JSON document has no JSON Feed \"version\" and no \"items\"");
            }

            var baseUri = LinkResolver.Resolve(String(root, "feed_url"), address) ?? address;
            var parsed = new List<FeedItem>();
            if (hasItems)
            {
                foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    parsed.Add(ReadItem(item, baseUri));
                }
            }

            return new ParsedFeed(FeedFormat.JsonFeed, encoding, RssReader.Clean(String(root, "title")), parsed, true, null);
        }
    }

    private static FeedItem ReadItem(JsonElement item, Uri? baseUri)
    {
        var html = String(item, "content_html");
        var content = html is not null ? HtmlText.ToText(html) : HtmlText.CollapseWhitespace(String(item, "content_text") ?? string.Empty);
        return new FeedItem(
            String(item, "id"),
            RssReader.Clean(String(item, "title")),
            LinkResolver.Resolve(String(item, "url") ?? String(item, "external_url"), baseUri),
            FeedDateParser.Parse(String(item, "date_published")) ?? FeedDateParser.Parse(String(item, "date_modified")),
            HtmlText.CollapseWhitespace(String(item, "summary") ?? string.Empty),
            content);
    }

    // Ids are strings in the spec, but numbers occur in the wild.
    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
