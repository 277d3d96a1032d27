using System.Text;

namespace DigestBot.Feeds.Markup;

/// <summary>
/// An element of a feed document, built by either the strict or the lenient reader, so that the format readers
/// never care which one produced it.
/// </summary>
internal sealed class FeedElement : FeedNode
{
    /// <summary>Deepest nesting kept; deeper elements are flattened so recursion over the tree stays bounded.</summary>
    public const int MaxDepth = 200;

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public FeedElement(string name, string? namespaceUri, FeedElement? parent)
    {
        Name = name;
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        Prefix = colon > 0 ? name[..colon] : string.Empty;
        LocalName = colon > 0 ? name[(colon + 1)..] : name;
        NamespaceUri = namespaceUri ?? string.Empty;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>How many ancestors this element has.</summary>
    public int Depth { get; }

    /// <summary>The qualified name as written (prefix:local).</summary>
    public string Name { get; }

    public string Prefix { get; }

    public string LocalName { get; }

    /// <summary>The resolved namespace, or empty when none or the prefix was never declared.</summary>
    public string NamespaceUri { get; }

    public FeedElement? Parent { get; }

    /// <summary>Attributes by qualified name as written.</summary>
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    public List<FeedNode> Children { get; } = [];

    /// <summary>The child elements.</summary>
    public IEnumerable<FeedElement> Elements() => Children.OfType<FeedElement>();

    /// <summary>The descendant elements in document order.</summary>
    public IEnumerable<FeedElement> Descendants()
    {
        foreach (var child in Elements())
        {
            yield return child;
            foreach (var nested in child.Descendants())
            {
                yield return nested;
            }
        }
    }

    /// <summary>An attribute by qualified name; a prefixed name also matches the same local name under another prefix (rdf:about).</summary>
    public string? Attribute(string name)
    {
        if (Attributes.TryGetValue(name, out var value))
        {
            return value;
        }

        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var suffix = name[colon..];
        return Attributes.FirstOrDefault(a => a.Key.EndsWith(suffix, StringComparison.Ordinal)).Value;
    }

    /// <summary>All text below this element, concatenated.</summary>
    public string Text()
    {
        var builder = new StringBuilder();
        AppendText(builder);
        return builder.ToString();
    }

    public override void AppendText(StringBuilder builder)
    {
        foreach (var child in Children)
        {
            child.AppendText(builder);
        }
    }

    /// <summary>The children serialised back to markup (for inline xhtml content).</summary>
    public string InnerMarkup()
    {
        var builder = new StringBuilder();
        foreach (var child in Children)
        {
            AppendMarkup(child, builder);
        }

        return builder.ToString();
    }

    /// <summary>The base URI in effect here: the xml:base chain resolved against the document address.</summary>
    public Uri? BaseUri(Uri? documentUri)
    {
        var parentBase = Parent is null ? documentUri : Parent.BaseUri(documentUri);
        var declared = Attribute("xml:base")?.Trim();
        if (string.IsNullOrEmpty(declared))
        {
            return parentBase;
        }

        if (Uri.TryCreate(declared, UriKind.Absolute, out var absolute) && !IsBareFilePath(absolute, declared))
        {
            return absolute;
        }

        return parentBase is not null && Uri.TryCreate(parentBase, declared, out var combined) ? combined : parentBase;
    }

    internal static bool IsXmlNamespace(string uri) => uri == XmlNamespace;

    // On Unix "/foo" parses as an absolute file URI; in a feed it is a path relative to the base.
    private static bool IsBareFilePath(Uri uri, string written) =>
        uri.IsFile && !written.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    private static void AppendMarkup(FeedNode node, StringBuilder builder)
    {
        if (node is FeedText text)
        {
            builder.Append(System.Net.WebUtility.HtmlEncode(text.Text));
            return;
        }

        var element = (FeedElement)node;
        builder.Append('<').Append(element.LocalName);
        foreach (var (key, value) in element.Attributes)
        {
            builder.Append(' ').Append(key).Append("=\"").Append(System.Net.WebUtility.HtmlEncode(value)).Append('"');
        }

        builder.Append('>');
        foreach (var child in element.Children)
        {
            AppendMarkup(child, builder);
        }

        builder.Append("</").Append(element.LocalName).Append('>');
    }
}
