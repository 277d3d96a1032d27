using System.Net;
using System.Text.Json.Nodes;
using DigestBot.Core.Chat;
using DigestBot.Slack.Api;
using DigestBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DigestBot.Slack.Tests.Inbound;

public sealed class SlackEndpointsEventTests : IAsyncLifetime
{
    private const string Json = "application/json";
    private FakeSlackApi _slack = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        // One worker, so queued mentions are answered in order and a sentinel proves earlier ones are done.
        _host = await SlackTestHost.StartAsync(_slack, new Dictionary<string, string?> { ["Slack:Workers"] = "1" });
        await _host.App.Services.GetRequiredService<SlackIdentity>().Settled.WaitAsync(TimeSpan.FromSeconds(10));
        _host.Handler.Setup(h => h.HandleAsync(It.Is<ChatCommand>(c => c.Name != "help"), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ChatCommand c, CancellationToken _) => ChatReply.ForAnswer(Samples.Answer(Samples.Statement("Answer to " + c.Text))));
        _host.Handler.Setup(h => h.HandleAsync(It.Is<ChatCommand>(c => c.Name == "help"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChatReply(ChatReplyKind.Help, ChatHelp.Text, Ephemeral: true));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Events_UrlVerification_AnswersTheChallenge()
    {
        using var response = await _host.PostSignedAsync("/slack/events", """{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_AppMention_AnswersInTheThreadOfTheMention()
    {
        using var response = await _host.PostSignedAsync("/slack/events", SlackPayloads.Mention("Ev1", "C1", "<@UBOT> what did Kallas say?", ts: "1700000001.000200"), Json);
        var post = await _slack.WaitForAsync("chat.postMessage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("C1", post.Body["channel"]!.GetValue<string>());
        Assert.Equal("1700000001.000200", post.Body["thread_ts"]!.GetValue<string>());
        Assert.Contains("Answer to what did Kallas say?", MessageShape.AllText(post.Body["blocks"]!), StringComparison.Ordinal);
        Assert.Empty(_slack.Violations);
        _host.Handler.Verify(h => h.HandleAsync(new ChatCommand("ask", "what did Kallas say?", new ChatContext("slack", "C1", "U200", false)), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Events_MentionInsideAThread_AnswersInThatThread()
    {
        using var response = await _host.PostSignedAsync("/slack/events", SlackPayloads.Mention("Ev2", "C2", "<@UBOT> quotes Kallas", ts: "1700000002.000300", threadTs: "1700000000.000001"), Json);
        var post = await _slack.WaitForAsync("chat.postMessage");

        Assert.Equal("1700000000.000001", post.Body["thread_ts"]!.GetValue<string>());
        _host.Handler.Verify(h => h.HandleAsync(It.Is<ChatCommand>(c => c.Name == "quotes" && c.Text == "Kallas"), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Events_RetriedEvent_IsAnsweredExactlyOnce()
    {
        var body = SlackPayloads.Mention("EvRetry", "C3", "<@UBOT> who is Kallas?");

        using var first = await _host.PostSignedAsync("/slack/events", body, Json);
        using var retry1 = await _host.PostSignedAsync("/slack/events", body, Json, retryNum: 1);
        using var retry2 = await _host.PostSignedAsync("/slack/events", body, Json, retryNum: 2);
        using var sentinel = await _host.PostSignedAsync("/slack/events", SlackPayloads.Mention("EvSentinel", "C4", "<@UBOT> done?"), Json);
        await WaitForPostToAsync("C4");

        Assert.All([first, retry1, retry2], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(_slack.CallsTo("chat.postMessage"), c => c.Body["channel"]!.GetValue<string>() == "C3");
    }

    [Fact]
    public async Task Events_BotsOwnAndOtherBotsMessages_AreIgnored()
    {
        using var own = await _host.PostSignedAsync("/slack/events", SlackPayloads.Mention("EvOwn", "C5", "<@UBOT> loop?", user: FakeSlackApi.BotUserId), Json);
        using var bot = await _host.PostSignedAsync("/slack/events", SlackPayloads.Mention("EvBot", "C5", "<@UBOT> loop?", botId: "B999"), Json);
        using var sentinel = await _host.PostSignedAsync("/slack/events", SlackPayloads.Mention("EvSentinel2", "C6", "<@UBOT> done?"), Json);
        await WaitForPostToAsync("C6");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bot.StatusCode);
        Assert.DoesNotContain(_slack.CallsTo("chat.postMessage"), c => c.Body["channel"]!.GetValue<string>() == "C5");
        _host.Handler.Verify(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Events_BareMention_SendsHelpAsAnEphemeralMessageInTheThread()
    {
        using var response = await _host.PostSignedAsync("/slack/events", SlackPayloads.Mention("EvHelp", "C7", "<@UBOT>", ts: "1700000007.000100"), Json);
        var post = await _slack.WaitForAsync("chat.postEphemeral");

        Assert.Equal("U200", post.Body["user"]!.GetValue<string>());
        Assert.Equal("1700000007.000100", post.Body["thread_ts"]!.GetValue<string>());
        Assert.Contains("/ask &lt;question&gt;", MessageShape.AllText(post.Body["blocks"]!), StringComparison.Ordinal);
        Assert.Empty(_slack.Violations);
    }

    [Fact]
    public async Task Events_NotJson_Returns400()
    {
        using var response = await _host.PostSignedAsync("/slack/events", "{not json", Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task WaitForPostToAsync(string channel)
    {
        while ((await _slack.WaitForAsync("chat.postMessage")).Body["channel"]!.GetValue<string>() != channel)
        {
        }
    }
}
