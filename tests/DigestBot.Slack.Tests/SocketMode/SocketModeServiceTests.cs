using System.Diagnostics;
using System.Text.Json.Nodes;
using DigestBot.Core.Chat;
using DigestBot.Slack.SocketMode;
using DigestBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DigestBot.Slack.Tests.SocketMode;

public sealed class SocketModeServiceTests : IAsyncLifetime
{
    // A guard against hangs, not Slack's 3 s deadline: on a loaded machine a loopback round trip can take longer. What the
    // deadline needs (ack before the answer; a slash command's wait on the injected clock) is asserted without real time.
    private static readonly TimeSpan AckGuard = TimeSpan.FromSeconds(30);
    private FakeSlackApi _slack = null!;
    private FakeSocketModeServer _server = null!;
    private SlackTestHost? _host;

    public async Task InitializeAsync() => (_slack, _server) = await FakeSocketModeServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _slack.DisposeAsync();
    }

    private async Task<SlackTestHost> StartHostAsync(TimeProvider? time = null)
    {
        _host = await SlackTestHost.StartAsync(_slack, new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "Socket",
            ["Slack:AppToken"] = FakeSlackApi.AppToken,
            ["Slack:SigningSecret"] = "",
            // One worker answers in queue order, so a later sentinel proves earlier mentions are done.
            ["Slack:Workers"] = "1",
        }, services => services.AddSingleton(time ?? TimeProvider.System));
        _host.Handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ChatCommand c, CancellationToken _) => ChatReply.ForAnswer(Samples.Answer(Samples.Statement("Answer to " + c.Text))));
        return _host;
    }

    private static JsonObject MentionPayload(string eventId, string channel, string text) => new()
    {
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["team_id"] = "T1",
        ["event"] = new JsonObject { ["type"] = "app_mention", ["user"] = "U200", ["text"] = text, ["ts"] = "1700000000.000500", ["channel"] = channel },
    };

    private static JsonObject SlashPayload(string text) => new()
    {
        ["command"] = "/ask",
        ["text"] = text,
        ["channel_id"] = "C10",
        ["user_id"] = "U10",
        ["team_id"] = "T1",
        ["response_url"] = "http://127.0.0.1:9/unused",
        ["trigger_id"] = "1.2",
    };

    [Fact]
    public async Task Start_SocketMode_OpensWithTheAppTokenAndAnswersAMentionInItsThread()
    {
        await StartHostAsync();
        var session = await _server.NextSessionAsync();
        var release = new TaskCompletionSource<ChatReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        _host!.Handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).Returns(release.Task);

        var id = await session.SendEnvelopeAsync("events_api", MentionPayload("EvS1", "C20", "<@UBOT> who is Kallas?"));
        var ack = await session.WaitForAckAsync(id, AckGuard);
        var postsBeforeTheAnswer = _slack.CallsTo("chat.postMessage").Count;
        release.SetResult(ChatReply.ForAnswer(Samples.Answer(Samples.Statement("Answer to who is Kallas?"))));
        var post = await _slack.WaitForAsync("chat.postMessage");

        // Acknowledged while the answer was still being worked on: the ack never waits for the handler.
        Assert.Equal(0, postsBeforeTheAnswer);
        Assert.Null(ack["payload"]);
        Assert.Equal("Bearer " + FakeSlackApi.AppToken, _slack.CallsTo("apps.connections.open")[0].Authorization);
        Assert.Equal("C20", post.Body["channel"]!.GetValue<string>());
        Assert.Equal("1700000000.000500", post.Body["thread_ts"]!.GetValue<string>());
        Assert.Empty(_slack.Violations);
    }

    [Fact]
    public async Task SlashCommandEnvelope_AnswerReadyInTime_TheAckCarriesTheAnswer()
    {
        // The inline wait runs on this clock, which stands still: the answer is in time however slowly the machine runs.
        await StartHostAsync(new FakeTimeProvider(DateTimeOffset.UtcNow));
        var session = await _server.NextSessionAsync();

        var id = await session.SendEnvelopeAsync("slash_commands", SlashPayload("what did Kallas say?"));
        var ack = await session.WaitForAckAsync(id, AckGuard);

        var payload = Assert.IsType<JsonObject>(ack["payload"]);
        Assert.Equal("in_channel", payload["response_type"]!.GetValue<string>());
        Assert.Contains("Answer to what did Kallas say?", MessageShape.AllText(payload["blocks"]), StringComparison.Ordinal);
        _host!.Handler.Verify(h => h.HandleAsync(new ChatCommand("ask", "what did Kallas say?", new ChatContext("slack", "C10", "U10", false)), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task RetriedEnvelope_SameEventId_IsAnsweredOnce()
    {
        await StartHostAsync();
        var session = await _server.NextSessionAsync();

        var first = await session.SendEnvelopeAsync("events_api", MentionPayload("EvDup", "C21", "<@UBOT> a"));
        var retry = await session.SendEnvelopeAsync("events_api", MentionPayload("EvDup", "C21", "<@UBOT> a"));
        await session.WaitForAckAsync(first, AckGuard);
        await session.WaitForAckAsync(retry, AckGuard);
        var sentinel = await session.SendEnvelopeAsync("events_api", MentionPayload("EvOther", "C22", "<@UBOT> b"));
        await session.WaitForAckAsync(sentinel, AckGuard);
        while ((await _slack.WaitForAsync("chat.postMessage")).Body["channel"]!.GetValue<string>() != "C22")
        {
        }

        Assert.Single(_slack.CallsTo("chat.postMessage"), c => c.Body["channel"]!.GetValue<string>() == "C21");
    }

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    [InlineData("link_disabled")]
    public async Task Disconnect_AnyReason_OpensTheNewConnectionBeforeClosingTheOldAndAcksWhatTheOldOneReceived(string reason)
    {
        await StartHostAsync();
        var old = await _server.NextSessionAsync();

        await old.SendAsync(new() { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "h" } });
        var late = await old.SendEnvelopeAsync("events_api", MentionPayload("EvLate-" + reason, "C23", "<@UBOT> late"));
        var replacement = await _server.NextSessionAsync();
        await old.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        var id = await replacement.SendEnvelopeAsync("events_api", MentionPayload("EvNew-" + reason, "C24", "<@UBOT> new"));
        await replacement.WaitForAckAsync(id, AckGuard);

        await old.WaitForAckAsync(late, TimeSpan.Zero.Add(TimeSpan.FromMilliseconds(100)));
        var timeline = _server.Timeline.ToList();
        Assert.True(timeline.IndexOf("open 2") < timeline.IndexOf("client-closed 1"), string.Join(", ", timeline));
        Assert.Equal(2, _slack.CallsTo("apps.connections.open").Count);
    }

    [Fact]
    public async Task ConnectionDropped_WithoutDisconnect_Reconnects()
    {
        await StartHostAsync();
        var first = await _server.NextSessionAsync();

        first.Abort();
        var second = await _server.NextSessionAsync();
        var id = await second.SendEnvelopeAsync("events_api", MentionPayload("EvAfterDrop", "C25", "<@UBOT> still there?"));

        await second.WaitForAckAsync(id, AckGuard);
        Assert.Equal(2, second.Number);
    }

    [Fact]
    public async Task OpenConnection_TransientFailures_RetriesWithBackoffThenConnects()
    {
        _slack.Enqueue("apps.connections.open", 500, "down");
        _slack.EnqueueError("apps.connections.open", "internal_error");
        var clock = Stopwatch.StartNew();

        await StartHostAsync();
        var session = await _server.NextSessionAsync();

        Assert.Equal(3, _slack.CallsTo("apps.connections.open").Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"connected after {clock.Elapsed}: no backoff");
        Assert.Equal(1, session.Number);
    }

    [Fact]
    public async Task OpenConnection_InvalidAuth_StopsInsteadOfLooping()
    {
        _slack.EnqueueError("apps.connections.open", "invalid_auth");

        var host = await StartHostAsync();
        var service = host.App.Services.GetServices<IHostedService>().OfType<SocketModeService>().Single();
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Single(_slack.CallsTo("apps.connections.open"));
        Assert.Equal(0, _server.Accepted);
    }
}
