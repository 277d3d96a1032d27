using DigestBot.Slack.Rendering;

namespace DigestBot.Slack.Tests.Rendering;

public sealed class MrkdwnTests
{
    [Theory]
    [InlineData("<!channel> look", "&lt;!channel&gt; look")]
    [InlineData("<!here>", "&lt;!here&gt;")]
    [InlineData("hi <@U123ABC>", "hi &lt;@U123ABC&gt;")]
    [InlineData("<https://evil.example|click>", "&lt;https://evil.example|click&gt;")]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    [InlineData("already &lt;", "already &amp;lt;")]
    [InlineData("plain", "plain")]
    public void Escape_ControlCharacters_BecomeEntities(string input, string expected)
    {
        var escaped = Mrkdwn.Escape(input);

        Assert.Equal(expected, escaped);
    }

    [Fact]
    public void Link_WebUrl_IsALinkWithAnEscapedLabel()
    {
        var link = Mrkdwn.Link("https://news.example/a?x=1&y=2", "EU <!channel> | sanctions");

        Assert.Equal("<https://news.example/a?x=1&amp;y=2|EU &lt;!channel&gt; ¦ sanctions>", link);
    }

    [Theory]
    [InlineData("corpus/2026/a.txt")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    public void Link_NotAWebUrl_IsJustTheLabel(string location)
    {
        var link = Mrkdwn.Link(location, "Label");

        Assert.Equal("Label", link);
    }

    [Fact]
    public void Truncate_LongText_EndsWithEllipsisWithinTheLimit()
    {
        var text = new string('a', 5000);

        var cut = Mrkdwn.Truncate(text, 3000);

        Assert.Equal(3000, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncate_CutInsideAnEntity_DropsTheWholeEntity()
    {
        var text = new string('a', 8) + "&amp;bbbb";

        var cut = Mrkdwn.Truncate(text, 11);

        Assert.Equal(new string('a', 8) + "…", cut);
    }

    [Fact]
    public void Truncate_ShortText_IsUnchanged()
    {
        var cut = Mrkdwn.Truncate("short", 10);

        Assert.Equal("short", cut);
    }
}
