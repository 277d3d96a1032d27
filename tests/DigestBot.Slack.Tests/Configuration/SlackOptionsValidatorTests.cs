using DigestBot.Slack.Configuration;
using DigestBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Tests.Configuration;

public sealed class SlackOptionsValidatorTests
{
    private static SlackOptions Bind(IDictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSlack(config).BuildServiceProvider();
        return services.GetRequiredService<IOptions<SlackOptions>>().Value;
    }

    private static string Failure(IDictionary<string, string?> settings) =>
        Assert.Throws<OptionsValidationException>(() => Bind(settings)).Message;

    [Fact]
    public void Bind_ShippedAppsettings_BindsValidatesAndLeavesSlackOff()
    {
        var config = new ConfigurationBuilder().AddJsonFile(RepoPaths.InRoot("appsettings.json")).Build();
        var services = new ServiceCollection().AddLogging().AddSlack(config).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<SlackOptions>>().Value;

        Assert.False(options.IsEnabled);
        Assert.Equal(SlackOptions.DefaultApiBaseUrl, options.ApiBaseUrl);
        Assert.Equal(SlackMode.Http, options.Mode);
    }

    [Fact]
    public void Bind_HttpCredentials_IsEnabled()
    {
        var options = Bind(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = "s" });

        Assert.True(options.IsEnabled);
    }

    [Fact]
    public void Bind_SocketCredentialsAndCommandMap_IsEnabledWithTheMap()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "Socket",
            ["Slack:BotToken"] = "xoxb-1",
            ["Slack:AppToken"] = "xapp-1",
            ["Slack:Commands:/newsask"] = "ask",
        });

        Assert.True(options.IsEnabled);
        Assert.Equal("ask", options.Commands["/newsask"]);
    }

    [Theory]
    [InlineData("Slack:BotToken", "xoxp-user-token", "Slack:BotToken")]
    [InlineData("Slack:AppToken", "xoxb-wrong", "Slack:AppToken")]
    [InlineData("Slack:ApiBaseUrl", "https://slack.com/api", "Slack:ApiBaseUrl")]
    [InlineData("Slack:ApiBaseUrl", "not a url/", "Slack:ApiBaseUrl")]
    [InlineData("Slack:Commands:/newsask", "summarise", "Slack:Commands:/newsask")]
    [InlineData("Slack:InlineReplyWait", "00:00:05", "Slack:InlineReplyWait")]
    [InlineData("Slack:QueueCapacity", "0", "Slack:QueueCapacity")]
    [InlineData("Slack:AdminUserIds:0", "alice", "Slack:AdminUserIds:0")]
    [InlineData("Slack:Workers", "0", "Slack:Workers")]
    public void Bind_BadValue_FailsNamingTheKey(string key, string value, string named)
    {
        var message = Failure(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = "s", [key] = value });

        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_HttpModeWithoutSigningSecret_FailsNamingTheMissingKey()
    {
        var message = Failure(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-1" });

        Assert.Contains("Slack:SigningSecret", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_SocketModeWithoutAppToken_FailsNamingTheMissingKey()
    {
        var message = Failure(new Dictionary<string, string?> { ["Slack:Mode"] = "Socket", ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = "s" });

        Assert.Contains("Slack:AppToken", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_UnknownMode_FailsNamingTheKey()
    {
        var ex = Record.Exception(() => Bind(new Dictionary<string, string?> { ["Slack:Mode"] = "Carrier-Pigeon" }));

        Assert.NotNull(ex);
        Assert.Contains("Mode", ex.ToString(), StringComparison.Ordinal);
    }
}
