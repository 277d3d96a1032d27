using System.Text.RegularExpressions;

namespace DigestBot.Feeds.Markup;

/// <summary>
/// A forgiving tag-soup reader for documents a strict parser refuses: text before the declaration, undefined
/// entities, bare ampersands, undeclared prefixes, unclosed or mismatched tags, truncation. It recovers what a
/// browser would show: end tags close the nearest matching open element, stray ones are ignored, EOF closes all.
/// </summary>
internal static partial class LenientXmlReader
{
    /// <summary>Parses the text and returns its first top-level element, or null when it holds none.</summary>
    public static FeedElement? Read(string text)
    {
        var state = new LenientReaderState(text);
        while (state.Position < text.Length)
        {
            var i = state.Position;
            if (text[i] != '<')
            {
                var next = text.IndexOf('<', i);
                next = next < 0 ? text.Length : next;
                state.AddText(EntityDecoder.Decode(text[i..next], state.Entities));
                state.Position = next;
            }
            else if (StartsWith(text, i, "<!--"))
            {
                state.Position = SkipPast(text, i + 4, "-->");
            }
            else if (StartsWith(text, i, "<![CDATA["))
            {
                var end = text.IndexOf("]]>", i + 9, StringComparison.Ordinal);
                state.AddText(end < 0 ? text[(i + 9)..] : text[(i + 9)..end]);
                state.Position = end < 0 ? text.Length : end + 3;
            }
            else if (StartsWith(text, i, "<?"))
            {
                state.Position = SkipPast(text, i + 2, "?>");
            }
            else if (StartsWith(text, i, "<!"))
            {
                state.Position = SkipDeclaration(text, i, state.Entities);
            }
            else if (StartsWith(text, i, "</") && i + 2 < text.Length && IsNameStart(text[i + 2]))
            {
                var name = ReadName(text, i + 2);
                state.Close(name);
                var close = IndexOfTagEnd(text, i + 2 + name.Length);
                state.Position = close < text.Length && text[close] == '>' ? close + 1 : close;
            }
            else if (i + 1 < text.Length && IsNameStart(text[i + 1]))
            {
                LenientStartTag.Read(state, i + 1);
            }
            else
            {
                state.AddText("<");
                state.Position = i + 1;
            }
        }

        return state.Root;
    }

    internal static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    internal static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';

    internal static string ReadName(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsNameChar(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    // A tag ends at '>', or is cut short by the next '<' or the end of the text.
    private static int IndexOfTagEnd(string text, int start)
    {
        var end = text.IndexOfAny(['>', '<'], start);
        return end < 0 ? text.Length : end;
    }

    private static bool StartsWith(string text, int index, string value) =>
        string.CompareOrdinal(text, index, value, 0, value.Length) == 0;

    private static int SkipPast(string text, int start, string terminator)
    {
        var end = text.IndexOf(terminator, start, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }

    // <!DOCTYPE ... [ internal subset ] >: skipped, but its general entity declarations are kept.
    private static int SkipDeclaration(string text, int start, Dictionary<string, string> entities)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = start + 2; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (c == '>' && depth <= 0)
            {
                foreach (Match match in EntityDeclaration().Matches(text[start..i]))
                {
                    entities.TryAdd(match.Groups["name"].Value, match.Groups["value"].Value);
                }

                return i + 1;
            }
        }

        return text.Length;
    }

    [GeneratedRegex("""<!ENTITY\s+(?<name>[\w.-]+)\s+(?<q>["'])(?<value>[^"']*)\k<q>\s*>""")]
    private static partial Regex EntityDeclaration();
}
