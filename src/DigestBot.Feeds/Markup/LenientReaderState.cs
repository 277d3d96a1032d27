namespace DigestBot.Feeds.Markup;

/// <summary>The open-element stack and position of a <see cref="LenientXmlReader"/> run.</summary>
internal sealed class LenientReaderState(string text)
{
    public string Text { get; } = text;

    public int Position { get; set; }

    public FeedElement? Root { get; private set; }

    /// <summary>The innermost open element, or null at top level.</summary>
    public FeedElement? Current { get; private set; }

    public Dictionary<string, string> Entities { get; } = new(StringComparer.Ordinal);

    public void AddText(string value)
    {
        if (value.Length > 0)
        {
            Current?.Children.Add(new FeedText(value));
        }
    }

    /// <summary>Opens an element; top-level elements after the first are parsed but dropped.</summary>
    public FeedElement Open(string name, IReadOnlyList<KeyValuePair<string, string>> attributes, bool selfClosing)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon > 0 ? name[..colon] : string.Empty;
        var namespaceUri = ResolveNamespace(prefix, attributes, Current);
        var element = new FeedElement(name, namespaceUri, Current);
        foreach (var (key, value) in attributes)
        {
            element.Attributes.TryAdd(key, value);
        }

        Current?.Children.Add(element);
        if (Current is null && Root is null)
        {
            Root = element;
        }

        // Past the depth cap elements stay empty siblings: their text lands in the deepest kept element.
        if (!selfClosing && element.Depth < FeedElement.MaxDepth)
        {
            Current = element;
        }

        return element;
    }

    /// <summary>Closes the nearest open element with this name and everything inside it; ignores a stray end tag.</summary>
    public void Close(string name)
    {
        for (var open = Current; open is not null; open = open.Parent)
        {
            if (string.Equals(open.Name, name, StringComparison.Ordinal))
            {
                Current = open.Parent;
                return;
            }
        }
    }

    private static string? ResolveNamespace(
        string prefix, IReadOnlyList<KeyValuePair<string, string>> attributes, FeedElement? parent)
    {
        var declaration = prefix.Length == 0 ? "xmlns" : "xmlns:" + prefix;
        foreach (var (key, value) in attributes)
        {
            if (key == declaration)
            {
                return value;
            }
        }

        for (var scope = parent; scope is not null; scope = scope.Parent)
        {
            if (scope.Attributes.TryGetValue(declaration, out var value))
            {
                return value;
            }
        }

        return prefix == "xml" ? "http://www.w3.org/XML/1998/namespace" : null;
    }
}
