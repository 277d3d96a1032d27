using System.Text.RegularExpressions;
using DigestBot.Slack.Configuration;

namespace DigestBot.Slack.Inbound;

/// <summary>Turns "@DigestBot quotes Kallas" into a command name and argument; anything else is a question.</summary>
internal static partial class MentionParser
{
    /// <summary>The command and its text; an empty mention asks for help.</summary>
    public static (string Name, string Text) Parse(string? text, string? botUserId)
    {
        var cleaned = Unescape(LeadingMentions().Replace(text ?? "", "")).Trim();
        if (botUserId is not null)
        {
            cleaned = cleaned.Replace($"<@{botUserId}>", "", StringComparison.Ordinal).Trim();
        }

        if (cleaned.Length == 0)
        {
            return ("help", "");
        }

        var parts = cleaned.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = parts[0].TrimStart('/').ToLowerInvariant();
        return SlackCommandMap.KnownCommands.Contains(first)
            ? (first, parts.Length > 1 ? parts[1] : "")
            : ("ask", cleaned);
    }

    /// <summary>Slack sends &amp;, &lt; and &gt; as entities; the question needs the characters.</summary>
    private static string Unescape(string text) => text
        .Replace("&lt;", "<", StringComparison.Ordinal)
        .Replace("&gt;", ">", StringComparison.Ordinal)
        .Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*(<@[A-Z0-9]+(\|[^>]*)?>\s*)+")]
    private static partial Regex LeadingMentions();
}
