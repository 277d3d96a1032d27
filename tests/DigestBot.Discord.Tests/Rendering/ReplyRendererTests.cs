using DigestBot.Core.Answers;
using DigestBot.Core.Chat;
using DigestBot.Core.Digests;
using DigestBot.Core.Quotes;
using DigestBot.Discord.Messages;
using DigestBot.Discord.Rendering;

namespace DigestBot.Discord.Tests.Rendering;

public sealed class ReplyRendererTests
{
    [Fact]
    public void Render_Statements_OneEmbedPerStatementWithSourceFooterAndLink()
    {
        var reply = ChatReply.ForAnswer(Support.Answers.Statements("what did Kallas say?", 2));

        var message = Assert.Single(ReplyRenderer.Render(reply));

        Assert.Equal(2, message.Embeds!.Count);
        Assert.Equal("Kaja Kallas", message.Embeds[0].Title);
        Assert.StartsWith("“Statement 1", message.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Equal("Source: EU foreign ministers meet (1)", message.Embeds[0].Footer!.Text);
        Assert.Equal("https://news.example/1", message.Embeds[0].Url);
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.Null(message.Flags);
    }

    [Fact]
    public void Render_QuoteWithMarkdownAndMention_EscapedAndNoPings()
    {
        var statement = new Statement("This is *vital* @everyone", QuoteKind.Direct, "Kallas", new ArticleSource("a", "File a.txt", "corpus/a.txt"), 0, 10);
        var answer = new Answer("q", AnswerKind.Statements, "Kallas", [statement], [], null, []);

        var message = Assert.Single(ReplyRenderer.Render(ChatReply.ForAnswer(answer)));

        Assert.Equal("“This is \\*vital\\* @everyone”", message.Embeds![0].Description);
        Assert.Equal("Source: File a.txt (corpus/a.txt)", message.Embeds[0].Footer!.Text);
        Assert.Null(message.Embeds[0].Url);
        Assert.Empty(message.AllowedMentions.Parse);
    }

    [Fact]
    public void Render_ManyLongStatements_EveryMessageWithinDiscordLimits()
    {
        var reply = ChatReply.ForAnswer(Support.Answers.Statements("q", 40, quoteLength: 5000));

        var messages = ReplyRenderer.Render(reply);

        Assert.InRange(messages.Count, 2, DiscordLimits.MessagesPerReply);
        Assert.All(messages, m =>
        {
            Assert.InRange(m.Embeds?.Count ?? 0, 0, DiscordLimits.EmbedsPerMessage);
            Assert.InRange(m.Embeds?.Sum(e => e.CountedLength) ?? 0, 0, DiscordLimits.EmbedTotal);
            Assert.InRange(m.Content?.Length ?? 0, 0, DiscordLimits.Content);
            Assert.All(m.Embeds ?? [], e =>
            {
                Assert.InRange(e.Description!.Length, 1, DiscordLimits.Description);
                Assert.InRange(e.Title!.Length, 1, DiscordLimits.Title);
                Assert.EndsWith("…", e.Description, StringComparison.Ordinal);
            });
        });
        Assert.Contains("more not shown", messages[^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SourceListPage_SplitsBetweenFeedsNeverInsideOne()
    {
        var text = "23 news sources, page 1 of 3 (feeds 1–10):" + string.Concat(Enumerable.Range(1, 10).Select(i =>
            $"\n\nFeed {i:00} <https://news-{i:00}.example.org/world/europe/politics/rss.xml>\n  every 15 min, added by U01ADMIN on 2026-11-25 08:00 UTC" +
            "\n  last fetch 2026-11-26 07:00 UTC (2 min ago) · 40 items · 3 new, 0 updated\n  last error: HTTP 503 Service Unavailable (2 failures in a row)\n  next poll in 30 min"))
            + "\n\nPage 1 of 3. Next: /sources list 2";

        var messages = ReplyRenderer.Render(ChatReply.Info(text));

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.InRange(m.Content!.Length, 1, DiscordLimits.Content));
        Assert.StartsWith("Feed ", messages[1].Content!, StringComparison.Ordinal);
        Assert.EndsWith("next poll in 30 min", messages[0].Content!, StringComparison.Ordinal);
        Assert.EndsWith("Next: /sources list 2", messages[1].Content!, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HelpLongerThanContentLimit_SplitAtLines()
    {
        var text = string.Join('\n', Enumerable.Range(0, 300).Select(i => $"line {i} of the help text"));

        var messages = ReplyRenderer.Render(new ChatReply(ChatReplyKind.Help, text, Ephemeral: true));

        Assert.True(messages.Count >= 2);
        Assert.All(messages, m => Assert.InRange(m.Content!.Length, 1, DiscordLimits.Content));
        Assert.All(messages, m => Assert.Equal(DiscordMessage.EphemeralFlag, m.Flags));
        Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal), string.Concat(messages.Select(m => m.Content!.Replace("\n", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void Render_NotFound_MessageAndSuggestions()
    {
        var answer = new Answer("what did Zelensky say?", AnswerKind.NotFound, null, [], [], "No statements found for Zelensky.", ["Volodymyr Zelenskyy"]);

        var message = Assert.Single(ReplyRenderer.Render(ChatReply.ForAnswer(answer)));

        Assert.Equal("No statements found for Zelensky.\nTry: Volodymyr Zelenskyy", message.Content);
        Assert.Null(message.Embeds);
    }

    [Fact]
    public void Render_SearchHits_EmbedPerHit()
    {
        var hit = new SearchHit(new ArticleSource("a", "Sanctions agreed", "https://news.example/s"), "the sanctions package was agreed");
        var answer = new Answer("sanctions", AnswerKind.Search, null, [], [hit, hit], null, []);

        var message = Assert.Single(ReplyRenderer.Render(ChatReply.ForAnswer(answer)));

        Assert.Equal(["Sanctions agreed", "Sanctions agreed"], message.Embeds!.Select(e => e.Title));
        Assert.Equal("the sanctions package was agreed", message.Embeds![0].Description);
    }

    [Fact]
    public void RenderDigest_StoryWithManyQuotes_FieldsCappedAndFits()
    {
        var quotes = Support.Answers.Statements("q", 40, quoteLength: 2000).Statements;
        var story = new DigestStory(new string('H', 300), ["One.", "Two."], quotes, [new ArticleSource("a", "Reuters", "https://r.example/1")]);
        var digest = new Digest(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), [story]);

        var messages = ReplyRenderer.RenderDigest(digest);

        var embed = Assert.Single(messages.SelectMany(m => m.Embeds ?? []));
        Assert.InRange(embed.Fields!.Count, 1, DiscordLimits.Fields);
        Assert.All(embed.Fields, f => Assert.InRange(f.Value.Length, 1, DiscordLimits.FieldValue));
        Assert.InRange(embed.CountedLength, 1, DiscordLimits.EmbedTotal);
        Assert.Equal(DiscordLimits.Title, embed.Title!.Length);
        Assert.Equal("Sources: Reuters", embed.Footer!.Text);
    }

    [Fact]
    public void RenderDigest_QuietDay_SaysSo()
    {
        var digest = new Digest(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), []);

        var message = Assert.Single(ReplyRenderer.RenderDigest(digest));

        Assert.Contains("no new stories", message.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four", 12, "one two…")]
    [InlineData("abcd\\*ef", 6, "abcd…")]
    public void Trim_TooLong_CutAtWordOrEscapeWithEllipsis(string text, int max, string expected)
    {
        var trimmed = DiscordText.Trim(text, max);

        Assert.Equal(expected, trimmed);
        Assert.InRange(trimmed.Length, 0, max);
    }
}
