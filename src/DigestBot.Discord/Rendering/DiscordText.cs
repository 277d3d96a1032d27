using System.Text;

namespace DigestBot.Discord.Rendering;

/// <summary>Escapes Discord markdown in quoted text and trims text to a limit without cutting mid-word or mid-escape.</summary>
internal static class DiscordText
{
    private const string Ellipsis = "…";

    /// <summary>Backslash-escapes the characters Discord treats as markdown so quotes render verbatim.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '#' or '[' or ']' or '(' or ')')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Returns <paramref name="text"/> if it fits, otherwise a prefix ending at a word break plus an ellipsis.</summary>
    public static string Trim(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        var space = text.LastIndexOfAny([' ', '\n'], cut, Math.Min(cut, 80));
        var end = space > cut / 2 ? space : cut;

        // Never leave a dangling escape or half a surrogate pair.
        while (end > 0 && (text[end - 1] == '\\' || char.IsHighSurrogate(text[end - 1])))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), Ellipsis);
    }

    /// <summary>Splits long text into chunks of at most <paramref name="max"/> characters, at blank lines or line breaks where possible.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = new List<string>();
        var rest = text;
        while (rest.Length > max)
        {
            // A blank line first, so a list of paragraphs (one per feed, say) splits between paragraphs.
            var cut = rest.AsSpan(0, max).LastIndexOf("\n\n", StringComparison.Ordinal);
            if (cut < max / 2)
            {
                cut = rest.LastIndexOf('\n', max - 1);
            }

            if (cut < max / 2)
            {
                cut = rest.LastIndexOf(' ', max - 1);
            }

            if (cut < max / 2)
            {
                cut = char.IsHighSurrogate(rest[max - 1]) ? max - 1 : max;
            }

            chunks.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        if (rest.Length > 0 || chunks.Count == 0)
        {
            chunks.Add(rest);
        }

        return chunks;
    }
}
