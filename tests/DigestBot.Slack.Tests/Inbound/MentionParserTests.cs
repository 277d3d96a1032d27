using DigestBot.Slack.Inbound;

namespace DigestBot.Slack.Tests.Inbound;

public sealed class MentionParserTests
{
    [Theory]
    [InlineData("<@UBOT> what did Kallas say?", "ask", "what did Kallas say?")]
    [InlineData("<@UBOT|digestbot> quotes Kallas", "quotes", "Kallas")]
    [InlineData("<@UBOT> /search sanctions package", "search", "sanctions package")]
    [InlineData("<@UBOT> digest status", "digest", "status")]
    [InlineData("<@UBOT> HELP", "help", "")]
    [InlineData("<@UBOT>", "help", "")]
    [InlineData("<@UBOT> who said &quot;vital&quot; &amp; &lt;why&gt;?", "ask", "who said &quot;vital&quot; & <why>?")]
    [InlineData("hey <@UBOT> who is Kallas?", "ask", "hey  who is Kallas?")]
    public void Parse_MentionText_GivesCommandAndArgument(string text, string name, string argument)
    {
        var (parsedName, parsedText) = MentionParser.Parse(text, "UBOT");

        Assert.Equal(name, parsedName);
        Assert.Equal(argument, parsedText);
    }
}
