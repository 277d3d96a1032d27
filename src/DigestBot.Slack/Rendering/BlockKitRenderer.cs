using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DigestBot.Core.Answers;
using DigestBot.Core.Chat;
using DigestBot.Core.Digests;
using DigestBot.Core.Quotes;
using DigestBot.Slack.Api;

namespace DigestBot.Slack.Rendering;

/// <summary>Renders the Core's platform-free replies and digests as Block Kit within Slack's limits.</summary>
internal static class BlockKitRenderer
{
    /// <summary>Renders any chat reply.</summary>
    public static SlackMessage Render(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Kind switch
        {
            ChatReplyKind.Answer when reply.Answer is not null => RenderAnswer(reply.Answer),
            ChatReplyKind.Digest when reply.Digest is not null => RenderDigest(reply.Digest),
            ChatReplyKind.Help => Plain(reply.Text, code: true),
            ChatReplyKind.Error => Plain(":warning: " + reply.Text, code: false),
            _ => Plain(reply.Text, code: false),
        };
    }

    /// <summary>Renders an answer: a header, the statements with speakers and sources, search hits, suggestions.</summary>
    public static SlackMessage RenderAnswer(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var blocks = new BlockList();
        blocks.Header(answer.Subject is { Length: > 0 } subject && answer.Kind != AnswerKind.Search ? subject : answer.Question);
        if (answer.Message is { Length: > 0 } message)
        {
            blocks.Section(Mrkdwn.Escape(message));
        }

        foreach (var statement in answer.Statements)
        {
            blocks.Section(FormatStatement(statement));
        }

        foreach (var hit in answer.Hits)
        {
            blocks.Section($"*{Mrkdwn.Link(hit.Source.Location, hit.Source.Label)}*\n{Mrkdwn.Escape(hit.Snippet)}");
        }

        if (answer.Suggestions.Count > 0)
        {
            blocks.Context("Try: " + string.Join(" · ", answer.Suggestions.Select(Mrkdwn.Escape)));
        }

        var count = answer.Statements.Count + answer.Hits.Count;
        var fallback = answer.Message ?? (count == 0
            ? answer.Question
            : string.Create(CultureInfo.InvariantCulture, $"{answer.Subject ?? answer.Question}: {count} results"));
        return blocks.ToMessage(Mrkdwn.Escape(fallback));
    }

    /// <summary>Renders a digest: a header, then per story its headline, summary, quotes and sources.</summary>
    public static SlackMessage RenderDigest(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var blocks = new BlockList();
        var title = string.Create(
            CultureInfo.InvariantCulture,
            $"News digest {digest.Since:yyyy-MM-dd HH:mm} – {digest.Until:yyyy-MM-dd HH:mm} UTC");
        blocks.Header(title);
        if (digest.Stories.Count == 0)
        {
            blocks.Section("A quiet day: no new stories in this window.");
        }

        foreach (var story in digest.Stories)
        {
            var text = new StringBuilder();
            text.Append('*').Append(Mrkdwn.Escape(story.Headline)).Append('*');
            foreach (var sentence in story.Summary)
            {
                text.Append('\n').Append(Mrkdwn.Escape(sentence));
            }

            blocks.Divider();
            blocks.Section(text.ToString());
            foreach (var quote in story.Quotes)
            {
                blocks.Section(FormatStatement(quote));
            }

            if (story.Sources.Count > 0)
            {
                blocks.Context(string.Join(" · ", story.Sources.Select(s => Mrkdwn.Link(s.Location, s.Label))));
            }
        }

        var fallback = string.Create(CultureInfo.InvariantCulture, $"{title}: {digest.Stories.Count} stories");
        return blocks.ToMessage(Mrkdwn.Escape(fallback));
    }

    private static SlackMessage Plain(string text, bool code)
    {
        var blocks = new BlockList();
        var escaped = Mrkdwn.Escape(text);
        if (code)
        {
            blocks.Section("```" + Mrkdwn.Truncate(escaped, BlockLimits.MaxSectionText - 6) + "```");
        }
        else
        {
            blocks.Sections(escaped);
        }

        return blocks.ToMessage(escaped);
    }

    private static string FormatStatement(Statement statement)
    {
        var words = Mrkdwn.Escape(statement.Quote).Replace("\n", "\n>", StringComparison.Ordinal);
        var body = statement.Kind == QuoteKind.Direct ? $">“{words}”" : $">_{words}_";
        return $"{body}\n— *{Mrkdwn.Escape(statement.Speaker)}*, {Mrkdwn.Link(statement.Source.Location, statement.Source.Label)}";
    }
}
