using System.Text.Json;
using System.Xml;
using DigestBot.Feeds.Decoding;
using DigestBot.Feeds.Markup;

namespace DigestBot.Feeds.Parsing;

/// <summary>
/// Parses RSS 0.9x/2.0, RSS 1.0/0.90 (RDF), Atom 1.0/0.3 and JSON Feed 1.x from raw bytes. Well-formed XML goes
/// through the framework's reader; anything it refuses is recovered by a lenient reader. Never throws on content.
/// </summary>
public static class FeedParser
{
    /// <summary>Parses a feed fetched from <paramref name="address"/> (null for a local file: relative links stay unresolved).</summary>
    public static ParsedFeed Parse(ReadOnlySpan<byte> bytes, Uri? address)
    {
        var decoded = FeedDecoder.Decode(bytes);
        var text = decoded.Text;
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            return ParsedFeed.Invalid(decoded.Encoding, "the document is empty");
        }

        if (start[0] is '{' or '[')
        {
            return JsonFeedReader.Read(text, decoded.Encoding, address);
        }

        FeedElement? root;
        string? problem = null;
        try
        {
            root = StrictXmlReader.Read(text);
        }
        catch (XmlException ex)
        {
            problem = "not well-formed XML (" + ex.Message + "); recovered leniently";
            root = LenientXmlReader.Read(text);
        }

        if (root is null)
        {
            return ParsedFeed.Invalid(decoded.Encoding, "the document has no root element");
        }

        var wellFormed = problem is null;
        return root.LocalName switch
        {
            "rss" => RssReader.Read(root, FeedFormat.Rss2, decoded.Encoding, address, wellFormed, problem),
            "RDF" => RssReader.Read(root, FeedFormat.Rss1, decoded.Encoding, address, wellFormed, problem),
            "feed" => AtomReader.Read(root, decoded.Encoding, address, wellFormed, problem),
            _ => ParsedFeed.Invalid(decoded.Encoding, $"unknown root element <{root.Name}>: not RSS, RDF or Atom"),
        };
    }

    /// <summary>Parses a feed held in a string (tests and pasted documents).</summary>
    public static ParsedFeed Parse(string document, Uri? address) =>
        Parse(System.Text.Encoding.UTF8.GetBytes(document), address);

    internal static JsonDocumentOptions JsonOptions { get; } = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };
}
