using System.Globalization;
using System.Text.Json.Nodes;
using DigestBot.Slack.Api;

namespace DigestBot.Slack.Rendering;

/// <summary>Collects blocks and enforces Slack's per-block and per-message limits while doing so.</summary>
internal sealed class BlockList
{
    private readonly JsonArray _blocks = [];
    private int _dropped;

    /// <summary>A header; plain text, cut to 150 characters.</summary>
    public void Header(string text) => Add(new JsonObject
    {
        ["type"] = "header",
        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Mrkdwn.Truncate(text.ReplaceLineEndings(" "), BlockLimits.MaxHeaderText) },
    });

    /// <summary>A section of already escaped mrkdwn, cut to 3,000 characters.</summary>
    public void Section(string mrkdwn) => Add(new JsonObject
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Mrkdwn.Truncate(mrkdwn, BlockLimits.MaxSectionText) },
    });

    /// <summary>
    /// Already escaped mrkdwn as as many sections as it needs, each under 3,000 characters: cut at a blank line
    /// where possible, else a line break, else a space, so a long list arrives whole instead of cut short.
    /// </summary>
    public void Sections(string mrkdwn)
    {
        var rest = mrkdwn;
        while (rest.Length > BlockLimits.MaxSectionText)
        {
            var cut = Cut(rest.AsSpan(0, BlockLimits.MaxSectionText));
            Section(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        if (rest.Length > 0)
        {
            Section(rest);
        }
    }

    /// <summary>A context line of already escaped mrkdwn.</summary>
    public void Context(string mrkdwn) => Add(ContextBlock(mrkdwn));

    /// <summary>A divider.</summary>
    public void Divider() => Add(new JsonObject { ["type"] = "divider" });

    /// <summary>The message; when blocks were dropped the last one says how many.</summary>
    public SlackMessage ToMessage(string fallbackText)
    {
        var blocks = (JsonArray)_blocks.DeepClone();
        if (_dropped > 0)
        {
            blocks.RemoveAt(blocks.Count - 1);
            var dropped = _dropped + 1;
            blocks.Add(ContextBlock(string.Create(CultureInfo.InvariantCulture, $"…and {dropped} more not shown (Slack allows {BlockLimits.MaxBlocks} blocks).")));
        }

        return new SlackMessage(Mrkdwn.Truncate(fallbackText, BlockLimits.MaxMessageText), blocks);
    }

    // Where to end a section that may hold at most head.Length characters: the last paragraph, line or word break
    // in its second half, else (one endless word) the limit itself, never between the halves of a surrogate pair.
    private static int Cut(ReadOnlySpan<char> head)
    {
        var half = head.Length / 2;
        foreach (var separator in (ReadOnlySpan<string>)["\n\n", "\n", " "])
        {
            var at = head.LastIndexOf(separator.AsSpan(), StringComparison.Ordinal);
            if (at >= half)
            {
                return at;
            }
        }

        return char.IsHighSurrogate(head[^1]) ? head.Length - 1 : head.Length;
    }

    private static JsonObject ContextBlock(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = Mrkdwn.Truncate(mrkdwn, BlockLimits.MaxContextText) }),
    };

    private void Add(JsonObject block)
    {
        if (_blocks.Count >= BlockLimits.MaxBlocks)
        {
            _dropped++;
            return;
        }

        _blocks.Add(block);
    }
}
