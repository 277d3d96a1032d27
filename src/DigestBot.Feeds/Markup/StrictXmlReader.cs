using System.Xml;

namespace DigestBot.Feeds.Markup;

/// <summary>Reads a well-formed document with the framework's XML reader; throws <see cref="XmlException"/> otherwise.</summary>
internal static class StrictXmlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // Internal DTD subsets may declare entities; external ones are never fetched (no resolver), and entity
        // expansion is capped so a "billion laughs" document cannot exhaust memory.
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = 1_000_000,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = true,
    };

    /// <summary>Parses the text into a tree and returns its root element, or null when it holds none.</summary>
    public static FeedElement? Read(string text)
    {
        using var stringReader = new StringReader(text);
        using var reader = XmlReader.Create(stringReader, Settings);
        FeedElement? root = null;
        FeedElement? current = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Depth >= FeedElement.MaxDepth:
                    throw new XmlException($"elements nested deeper than {FeedElement.MaxDepth} levels");
                case XmlNodeType.Element:
                    var element = new FeedElement(reader.Name, reader.NamespaceURI, current);
                    CopyAttributes(reader, element);
                    current?.Children.Add(element);
                    root ??= element;
                    if (!reader.IsEmptyElement)
                    {
                        current = element;
                    }

                    break;
                case XmlNodeType.EndElement:
                    current = current?.Parent;
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    current?.Children.Add(new FeedText(reader.Value));
                    break;
                default:
                    break;
            }
        }

        return root;
    }

    private static void CopyAttributes(XmlReader reader, FeedElement element)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            element.Attributes[reader.Name] = reader.Value;
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }
}
