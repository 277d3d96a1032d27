using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DigestBot.Feeds.Parsing;

/// <summary>
/// Turns feed HTML (escaped or CDATA) into clean text for quote extraction: tags and scripts dropped, entities
/// resolved, block elements on their own lines, runs of whitespace collapsed.
/// </summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
        "pre", "section", "article", "header", "footer", "figure", "figcaption", "hr", "dd", "dt",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "svg",
    };

    /// <summary>The text of <paramref name="html"/>; empty for null or blank input.</summary>
    public static string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        if (html.IndexOfAny(['<', '&']) < 0)
        {
            return CollapseWhitespace(html);
        }

        using var document = Parser.ParseDocument("<body></body>");
        var nodes = Parser.ParseFragment(html, document.Body!);
        var builder = new StringBuilder(html.Length);
        foreach (var node in nodes)
        {
            Append(node, builder);
        }

        return CollapseWhitespace(builder.ToString());
    }

    private static void Append(INode node, StringBuilder builder)
    {
        if (node is IText text)
        {
            builder.Append(text.Data);
            return;
        }

        if (node is not IElement element || Skipped.Contains(element.LocalName))
        {
            return;
        }

        var block = Blocks.Contains(element.LocalName);
        if (block)
        {
            builder.Append('\n');
        }

        foreach (var child in element.ChildNodes)
        {
            Append(child, builder);
        }

        if (block)
        {
            builder.Append('\n');
        }
    }

    /// <summary>One space between words, one line break between lines, no blank lines or edge whitespace.</summary>
    public static string CollapseWhitespace(string text)
    {
        var lines = text.Replace('\u00A0', ' ').Split('\n');
        var kept = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                kept.Add(string.Join(' ', words));
            }
        }

        return string.Join('\n', kept);
    }
}
