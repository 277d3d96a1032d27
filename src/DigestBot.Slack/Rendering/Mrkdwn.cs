using System.Text;

namespace DigestBot.Slack.Rendering;

/// <summary>Escapes untrusted text for Slack mrkdwn so article text can never become a mention or a link.</summary>
internal static class Mrkdwn
{
    /// <summary>Replaces &amp;, &lt; and &gt; with their entities, as Slack requires; this defuses &lt;!channel&gt;, &lt;@U..&gt;.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>A link to <paramref name="location"/> labelled <paramref name="label"/>, or the escaped label when it is not a web URL.</summary>
    public static string Link(string location, string label)
    {
        var text = Escape(label.Replace('|', '¦'));
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return text;
        }

        var url = uri.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal)
            .Replace("&", "&amp;", StringComparison.Ordinal);
        return $"<{url}|{text}>";
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, ending with an ellipsis, never inside an entity.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = Math.Max(max - 1, 0);
        var amp = cut > 0 ? text.LastIndexOf('&', cut - 1) : -1;
        if (amp >= 0 && cut - amp < 6 && text.IndexOf(';', amp, cut - amp) < 0)
        {
            cut = amp;
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
