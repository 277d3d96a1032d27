using DigestBot.Discord.Messages;

namespace DigestBot.Discord.Rendering;

/// <summary>Packs content and embeds into as few messages as Discord's per-message limits allow.</summary>
internal static class MessagePacker
{
    /// <summary>
    /// Content goes on the first message (split into extra messages only if it exceeds 2,000 characters);
    /// embeds follow, at most 10 and 6,000 counted characters per message. At most
    /// <see cref="DiscordLimits.MessagesPerReply"/> messages; what does not fit is summarised in a last line.
    /// </summary>
    public static IReadOnlyList<DiscordMessage> Pack(string? content, IReadOnlyList<Embed> embeds, bool ephemeral)
    {
        ArgumentNullException.ThrowIfNull(embeds);
        int? flags = ephemeral ? DiscordMessage.EphemeralFlag : null;
        var contents = string.IsNullOrWhiteSpace(content) ? [] : DiscordText.Split(content, DiscordLimits.Content);
        var pages = new List<(string? Content, List<Embed> Embeds)>();
        foreach (var chunk in contents)
        {
            pages.Add((chunk, []));
        }

        if (pages.Count == 0)
        {
            pages.Add((null, []));
        }

        var total = 0;
        foreach (var embed in embeds)
        {
            var page = pages[^1];
            if (page.Embeds.Count == DiscordLimits.EmbedsPerMessage || total + embed.CountedLength > DiscordLimits.EmbedTotal)
            {
                page = (null, []);
                pages.Add(page);
                total = 0;
            }

            page.Embeds.Add(embed);
            total += embed.CountedLength;
        }

        if (pages.Count > DiscordLimits.MessagesPerReply)
        {
            var dropped = pages.Skip(DiscordLimits.MessagesPerReply).Sum(p => p.Embeds.Count);
            pages.RemoveRange(DiscordLimits.MessagesPerReply, pages.Count - DiscordLimits.MessagesPerReply);
            var last = pages[^1];
            var note = dropped > 0 ? $"…and {dropped} more not shown; ask a narrower question." : "…(cut short)";
            pages[^1] = (last.Content is null ? note : DiscordText.Trim(last.Content, DiscordLimits.Content - note.Length - 1) + "\n" + note, last.Embeds);
        }

        return [.. pages.Select(p => new DiscordMessage(p.Content, p.Embeds.Count > 0 ? p.Embeds : null, flags))];
    }
}
