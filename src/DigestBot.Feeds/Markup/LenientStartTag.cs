namespace DigestBot.Feeds.Markup;

/// <summary>Reads one start tag (name, attributes with or without quotes, self-closing slash) for the lenient reader.</summary>
internal static class LenientStartTag
{
    /// <summary>Reads the tag whose name starts at <paramref name="nameStart"/> and opens the element.</summary>
    public static void Read(LenientReaderState state, int nameStart)
    {
        var text = state.Text;
        var name = LenientXmlReader.ReadName(text, nameStart);
        var i = nameStart + name.Length;
        var attributes = new List<KeyValuePair<string, string>>();
        var selfClosing = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '>')
            {
                i++;
                break;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '>')
            {
                selfClosing = true;
                i += 2;
                break;
            }
            else if (c == '<')
            {
                break; // unclosed start tag: the next tag begins here
            }
            else if (LenientXmlReader.IsNameChar(c))
            {
                i = ReadAttribute(text, i, attributes, state.Entities);
            }
            else
            {
                i++;
            }
        }

        state.Open(name, attributes, selfClosing);
        state.Position = i;
    }

    private static int ReadAttribute(
        string text, int start, List<KeyValuePair<string, string>> attributes, Dictionary<string, string> entities)
    {
        var name = LenientXmlReader.ReadName(text, start);
        var i = SkipWhitespace(text, start + name.Length);
        if (i >= text.Length || text[i] != '=')
        {
            attributes.Add(new(name, string.Empty));
            return i;
        }

        i = SkipWhitespace(text, i + 1);
        string raw;
        if (i < text.Length && text[i] is '"' or '\'')
        {
            var quote = text[i];
            var end = text.IndexOf(quote, i + 1);
            var tagEnd = text.IndexOf('>', i + 1);
            end = end < 0 ? (tagEnd < 0 ? text.Length : tagEnd) : end;
            raw = text[(i + 1)..end];
            i = end < text.Length && text[end] == quote ? end + 1 : end;
        }
        else
        {
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '>')
            {
                end++;
            }

            raw = text[i..end];
            i = end;
        }

        attributes.Add(new(name, EntityDecoder.Decode(raw, entities)));
        return i;
    }

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
