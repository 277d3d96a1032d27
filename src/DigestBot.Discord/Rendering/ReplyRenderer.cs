using DigestBot.Core.Answers;
using DigestBot.Core.Chat;
using DigestBot.Core.Digests;
using DigestBot.Core.Quotes;
using DigestBot.Discord.Messages;

namespace DigestBot.Discord.Rendering;

/// <summary>Turns a platform-free <see cref="ChatReply"/> into Discord messages with embeds, within Discord's limits.</summary>
internal static class ReplyRenderer
{
    private const int AnswerColor = 0x2B6CB0;
    private const int DigestColor = 0x2F855A;

    /// <summary>Renders a reply; the first message is the reply itself, any others are follow-ups.</summary>
    public static IReadOnlyList<DiscordMessage> Render(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply switch
        {
            { Kind: ChatReplyKind.Answer, Answer: { } answer } => RenderAnswer(answer, reply.Ephemeral),
            { Kind: ChatReplyKind.Digest, Digest: { } digest } => RenderDigest(digest, reply.Ephemeral),
            _ => MessagePacker.Pack(string.IsNullOrWhiteSpace(reply.Text) ? "(no text)" : reply.Text, [], reply.Ephemeral),
        };
    }

    /// <summary>Renders a digest for a channel post.</summary>
    public static IReadOnlyList<DiscordMessage> RenderDigest(Digest digest, bool ephemeral = false)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var header = $"**Digest** {digest.Since:yyyy-MM-dd HH:mm} – {digest.Until:yyyy-MM-dd HH:mm} UTC · {digest.Stories.Count} stories";
        if (digest.Stories.Count == 0)
        {
            return MessagePacker.Pack(header + "\nA quiet day: no new stories.", [], ephemeral);
        }

        return MessagePacker.Pack(header, [.. digest.Stories.Select(StoryEmbed)], ephemeral);
    }

    private static IReadOnlyList<DiscordMessage> RenderAnswer(Answer answer, bool ephemeral)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(answer.Message))
        {
            lines.Add(DiscordText.Escape(answer.Message));
        }

        if (answer.Suggestions.Count > 0)
        {
            lines.Add("Try: " + string.Join(" · ", answer.Suggestions.Take(10).Select(DiscordText.Escape)));
        }

        var embeds = new List<Embed>();
        embeds.AddRange(answer.Statements.Select((s, i) => StatementEmbed(s, i == 0 ? answer : null)));
        embeds.AddRange(answer.Hits.Select(HitEmbed));
        if (embeds.Count == 0 && lines.Count == 0)
        {
            lines.Add($"Nothing found for “{DiscordText.Escape(answer.Question)}”.");
        }

        return MessagePacker.Pack(lines.Count > 0 ? string.Join('\n', lines) : null, embeds, ephemeral);
    }

    private static Embed StatementEmbed(Statement statement, Answer? first)
    {
        var title = first?.Subject is { Length: > 0 } subject && first.Kind == AnswerKind.WhoIs
            ? $"Who is {subject}?"
            : statement.Speaker + (statement.Kind == QuoteKind.Indirect ? " (reported)" : "");
        var quote = DiscordText.Escape(statement.Quote);
        var description = statement.Kind == QuoteKind.Indirect ? quote : $"“{quote}”";
        return FitEmbed(new Embed(
            Title: DiscordText.Trim(title, DiscordLimits.Title),
            Description: DiscordText.Trim(description, DiscordLimits.Description),
            Url: WebUrl(statement.Source.Location),
            Color: AnswerColor,
            Footer: Footer(statement.Source)));
    }

    private static Embed HitEmbed(SearchHit hit) => FitEmbed(new(
        Title: DiscordText.Trim(hit.Source.Label, DiscordLimits.Title),
        Description: DiscordText.Trim(DiscordText.Escape(hit.Snippet), DiscordLimits.Description),
        Url: WebUrl(hit.Source.Location),
        Color: AnswerColor,
        Footer: Footer(hit.Source)));

    private static Embed StoryEmbed(DigestStory story)
    {
        var fields = story.Quotes
            .Take(DiscordLimits.Fields)
            .Select(q => new EmbedField(
                DiscordText.Trim(q.Speaker, DiscordLimits.FieldName),
                DiscordText.Trim(q.Kind == QuoteKind.Indirect ? DiscordText.Escape(q.Quote) : $"“{DiscordText.Escape(q.Quote)}”", DiscordLimits.FieldValue)))
            .ToList();
        var sources = string.Join(" · ", story.Sources.Select(s => s.Label));
        var embed = new Embed(
            Title: DiscordText.Trim(story.Headline, DiscordLimits.Title),
            Description: DiscordText.Trim(DiscordText.Escape(string.Join(' ', story.Summary)), DiscordLimits.Description),
            Url: story.Sources.Select(s => WebUrl(s.Location)).FirstOrDefault(u => u is not null),
            Color: DigestColor,
            Fields: fields.Count > 0 ? fields : null,
            Footer: sources.Length > 0 ? new EmbedFooter(DiscordText.Trim("Sources: " + sources, DiscordLimits.Footer)) : null);
        return FitEmbed(embed);
    }

    /// <summary>Drops trailing fields, then shortens the description, until one embed fits in a message on its own.</summary>
    private static Embed FitEmbed(Embed embed)
    {
        while (embed.CountedLength > DiscordLimits.EmbedTotal && embed.Fields is { Count: > 0 } fields)
        {
            embed = embed with { Fields = fields.Count > 1 ? fields.Take(fields.Count - 1).ToList() : null };
        }

        if (embed.CountedLength > DiscordLimits.EmbedTotal && embed.Description is { } description)
        {
            var room = Math.Max(1, description.Length - (embed.CountedLength - DiscordLimits.EmbedTotal));
            embed = embed with { Description = DiscordText.Trim(description, room) };
        }

        return embed;
    }

    private static EmbedFooter Footer(ArticleSource source)
    {
        var text = WebUrl(source.Location) is null && source.Location.Length > 0 && source.Location != source.Label
            ? $"Source: {source.Label} ({source.Location})"
            : $"Source: {source.Label}";
        return new EmbedFooter(DiscordText.Trim(text, DiscordLimits.Footer));
    }

    private static string? WebUrl(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && location.Length <= 2048
            ? uri.AbsoluteUri
            : null;
}
