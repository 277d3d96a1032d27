using System.Collections.Concurrent;
using DigestBot.Core.Answers;
using DigestBot.Core.Chat;
using DigestBot.Slack.Rendering;
using DigestBot.Slack.Tests.Fakes;

namespace DigestBot.Slack.Tests.Rendering;

public sealed class BlockKitRendererTests
{
    private static List<string> Violations(DigestBot.Slack.Api.SlackMessage message)
    {
        var violations = new ConcurrentQueue<string>();
        MessageShape.Check("render", message.ToJson(), violations);
        return [.. violations];
    }

    [Fact]
    public void Render_InfoLongerThanOneSection_SplitsBetweenParagraphsAndKeepsEveryLine()
    {
        var text = SourceList(23);

        var message = BlockKitRenderer.Render(ChatReply.Info(text));

        var sections = message.Blocks.OfType<System.Text.Json.Nodes.JsonObject>().Select(b => b["text"]!["text"]!.GetValue<string>()).ToList();
        Assert.True(sections.Count >= 2, $"{text.Length} characters in {sections.Count} section(s)");
        Assert.All(sections, s => Assert.InRange(s.Length, 1, BlockLimits.MaxSectionText));
        Assert.All(sections.Skip(1), s => Assert.StartsWith("Feed ", s, StringComparison.Ordinal));
        Assert.Equal(Lines(Mrkdwn.Escape(text)), Lines(string.Join("\n", sections)));
        Assert.Empty(Violations(message));
    }

    [Fact]
    public void Render_InfoOneLongLine_SplitsAtSpacesWithinTheLimit()
    {
        var text = string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"w{i}"));

        var message = BlockKitRenderer.Render(ChatReply.Info(text));

        var sections = message.Blocks.OfType<System.Text.Json.Nodes.JsonObject>().Select(b => b["text"]!["text"]!.GetValue<string>()).ToList();
        Assert.True(sections.Count >= 2);
        Assert.Equal(text, string.Join(' ', sections));
        Assert.Empty(Violations(message));
    }

    [Fact]
    public void RenderAnswer_Statements_ShowsQuoteSpeakerAndLinkedSource()
    {
        var message = BlockKitRenderer.RenderAnswer(Samples.Answer());

        var text = MessageShape.AllText(message.Blocks);
        Assert.Contains("Kaja Kallas", text, StringComparison.Ordinal);
        Assert.Contains(">“We will keep up the pressure.”", text, StringComparison.Ordinal);
        Assert.Contains("<https://news.example/articles/1|Kallas on sanctions 1>", text, StringComparison.Ordinal);
        Assert.Empty(Violations(message));
    }

    [Fact]
    public void RenderAnswer_ArticleTextWithMentions_CannotPingAnyone()
    {
        var answer = Samples.Answer(Samples.Statement("<!channel> <!here> <@U0ADMIN> <!everyone> & <#C123>"));

        var message = BlockKitRenderer.RenderAnswer(answer with { Message = "<!here> again", Suggestions = ["<@U1>"] });

        Assert.Empty(Violations(message));
        Assert.Contains("&lt;!channel&gt;", MessageShape.AllText(message.Blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAnswer_SixtyStatements_KeepsFiftyBlocksAndSaysHowManyWereLeftOut()
    {
        var statements = Enumerable.Range(1, 60).Select(i => Samples.Statement($"Statement {i}", i)).ToArray();

        var message = BlockKitRenderer.RenderAnswer(Samples.Answer(statements));

        Assert.Equal(50, message.Blocks.Count);
        Assert.Contains("…and 12 more", MessageShape.AllText(message.Blocks[49]), StringComparison.Ordinal);
        Assert.Empty(Violations(message));
    }

    [Fact]
    public void RenderAnswer_HugeTexts_AreCutToSlacksLimits()
    {
        var huge = new string('x', 10_000);
        var answer = new Answer(huge, AnswerKind.Search, null, [Samples.Statement(huge)],
            [new SearchHit(Samples.Source(), huge + "&")], huge, [huge]);

        var message = BlockKitRenderer.RenderAnswer(answer);

        Assert.Empty(Violations(message));
        Assert.Equal(150, message.Blocks[0]!["text"]!["text"]!.GetValue<string>().Length);
    }

    [Fact]
    public void RenderDigest_Stories_HeaderThenHeadlineSummaryQuotesAndSources()
    {
        var message = BlockKitRenderer.RenderDigest(Samples.Digest(3));

        var text = MessageShape.AllText(message.Blocks);
        Assert.Equal("header", message.Blocks[0]!["type"]!.GetValue<string>());
        Assert.Contains("*Story 3*\nSummary sentence 3.", text, StringComparison.Ordinal);
        Assert.Contains("3 stories", message.Text, StringComparison.Ordinal);
        Assert.Empty(Violations(message));
    }

    [Fact]
    public void RenderDigest_QuietDay_SaysSo()
    {
        var message = BlockKitRenderer.RenderDigest(Samples.Digest(0));

        Assert.Contains("quiet day", MessageShape.AllText(message.Blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderDigest_FortyStories_StaysWithinFiftyBlocks()
    {
        var message = BlockKitRenderer.RenderDigest(Samples.Digest(40));

        Assert.Equal(50, message.Blocks.Count);
        Assert.Empty(Violations(message));
    }

    [Fact]
    public void Render_Help_IsAnEscapedCodeBlock()
    {
        var message = BlockKitRenderer.Render(new ChatReply(ChatReplyKind.Help, ChatHelp.Text, Ephemeral: true));

        Assert.Contains("```", MessageShape.AllText(message.Blocks), StringComparison.Ordinal);
        Assert.Contains("/ask &lt;question&gt;", message.Text, StringComparison.Ordinal);
        Assert.Empty(Violations(message));
    }

    /// <summary>A /sources list as SourceListFormatter writes it: a header, then one paragraph of about 250 characters per feed.</summary>
    internal static string SourceList(int feeds) =>
        $"{feeds} news sources:" + string.Concat(Enumerable.Range(1, feeds).Select(i =>
            $"\n\nFeed {i:00} <https://news-{i:00}.example.org/world/europe/politics/rss.xml>\n  every 15 min, added by U01ADMIN on 2026-11-25 08:00 UTC" +
            "\n  last fetch 2026-11-26 07:00 UTC (2 min ago) · 40 items · 3 new, 0 updated\n  last error: HTTP 503 Service Unavailable (2 failures in a row)\n  next poll in 30 min"));

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
