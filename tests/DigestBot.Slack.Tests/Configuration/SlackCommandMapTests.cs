using DigestBot.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Tests.Configuration;

public sealed class SlackCommandMapTests
{
    [Theory]
    [InlineData("/ask", "ask")]
    [InlineData("/QUOTES", "quotes")]
    [InlineData("/digest", "digest")]
    [InlineData("/newsask", null)]
    public void Resolve_DefaultMap_KnowsTheStandardNames(string slash, string? expected)
    {
        var map = new SlackCommandMap(Options.Create(new SlackOptions()));

        var name = map.Resolve(slash);

        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("/newsask", "ask")]
    [InlineData("/newsquotes", "quotes")]
    [InlineData("/ask", null)]
    public void Resolve_ConfiguredMap_ReplacesTheStandardNames(string slash, string? expected)
    {
        var options = new SlackOptions();
        options.Commands["/newsask"] = "ask";
        options.Commands["newsquotes"] = "Quotes";
        var map = new SlackCommandMap(Options.Create(options));

        var name = map.Resolve(slash);

        Assert.Equal(expected, name);
    }
}
