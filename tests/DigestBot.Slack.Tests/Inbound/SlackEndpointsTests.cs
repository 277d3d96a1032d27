using System.Net;
using System.Text.Json.Nodes;
using DigestBot.Core.Chat;
using DigestBot.Slack.Tests.Fakes;
using DigestBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DigestBot.Slack.Tests.Inbound;

public sealed class SlackEndpointsTests : IAsyncLifetime
{
    private const string Form = "application/x-www-form-urlencoded";
    private static readonly TimeSpan InlineReplyWait = TimeSpan.FromSeconds(2);
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Theory]
    [InlineData("/ask", "what did Kallas say?", "ask")]
    [InlineData("/quotes", "Kallas", "quotes")]
    [InlineData("/search", "sanctions package", "search")]
    [InlineData("/help", "", "help")]
    public async Task Commands_EachCommand_PassesNameAndTextToTheHandlerAndAnswersInline(string slash, string text, string name)
    {
        await using var host = await SlackTestHost.StartAsync(_slack);
        ChatCommand? seen = null;
        host.Handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .Callback((ChatCommand c, CancellationToken _) => seen = c)
            .ReturnsAsync(ChatReply.ForAnswer(Samples.Answer()));

        using var response = await host.PostSignedAsync("/slack/commands", SlackTestHost.CommandForm(slash, text, _slack.ResponseUrl("r1")), Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new ChatCommand(name, text, new ChatContext("slack", "C100", "U100", false)), seen);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("in_channel", body["response_type"]!.GetValue<string>());
        Assert.Contains("We will keep up the pressure.", MessageShape.AllText(body["blocks"]!), StringComparison.Ordinal);
        var violations = new System.Collections.Concurrent.ConcurrentQueue<string>();
        MessageShape.Check("inline", body, violations);
        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("now", false)]
    [InlineData("subscribe 08:00 Europe/Berlin", true)]
    [InlineData("unsubscribe", false)]
    [InlineData("status", true)]
    public async Task Commands_Digest_PassesSubcommandAndAdminFlagFromUsersInfo(string text, bool admin)
    {
        await using var host = await SlackTestHost.StartAsync(_slack);
        if (admin)
        {
            _slack.Admins["U100"] = true;
        }

        ChatCommand? seen = null;
        host.Handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .Callback((ChatCommand c, CancellationToken _) => seen = c)
            .ReturnsAsync(ChatReply.Error("Digests are not enabled on this bot yet."));

        using var response = await host.PostSignedAsync("/slack/commands", SlackTestHost.CommandForm("/digest", text, _slack.ResponseUrl("r2")), Form);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(new ChatCommand("digest", text, new ChatContext("slack", "C100", "U100", admin)), seen);
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("not enabled", body["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    public async Task Commands_Sources_AdminFromConfiguredListOrUsersInfo(bool listed, bool workspaceAdmin, bool expected)
    {
        var settings = listed ? new Dictionary<string, string?> { ["Slack:AdminUserIds:0"] = "U100" } : null;
        await using var host = await SlackTestHost.StartAsync(_slack, settings);
        if (workspaceAdmin)
        {
            _slack.Admins["U100"] = true;
        }

        ChatCommand? seen = null;
        host.Handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .Callback((ChatCommand c, CancellationToken _) => seen = c)
            .ReturnsAsync(ChatReply.Info("Added NYT: RSS 2.0, 33 items."));

        using var response = await host.PostSignedAsync(
            "/slack/commands", SlackTestHost.CommandForm("/sources", "add https://rss.example/feed.xml NYT", _slack.ResponseUrl("r5")), Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new ChatCommand("sources", "add https://rss.example/feed.xml NYT", new ChatContext("slack", "C100", "U100", expected)), seen);
    }

    [Fact]
    public async Task Commands_SourcesListLongerThanOneSection_AnswersWithEveryFeedWithinSlacksLimits()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);
        host.Handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(ChatReply.Info(Rendering.BlockKitRendererTests.SourceList(23)));

        using var response = await host.PostSignedAsync("/slack/commands", SlackTestHost.CommandForm("/sources", "list", _slack.ResponseUrl("r6")), Form);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var text = MessageShape.AllText(body["blocks"]!);
        Assert.All(Enumerable.Range(1, 23), i => Assert.Contains($"Feed {i:00} &lt;https://news-{i:00}.example.org/", text, StringComparison.Ordinal));
        Assert.True(body["blocks"]!.AsArray().Count >= 2);
        var violations = new System.Collections.Concurrent.ConcurrentQueue<string>();
        MessageShape.Check("inline", body, violations);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Commands_SlowAnswer_AcksWithinThreeSecondsThenPostsToResponseUrl()
    {
        var clock = new SteppedClock(DateTimeOffset.UtcNow);
        await using var host = await SlackTestHost.StartAsync(_slack, services: s => s.AddSingleton<TimeProvider>(clock));
        var release = new TaskCompletionSource<ChatReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).Returns(release.Task);

        // Time moves to the endpoint's timers but never past Slack:InlineReplyWait (2 s); the answer is held back, so
        // the acknowledgement must come at that time of the injected clock, however slowly the machine runs.
        var posting = host.PostSignedAsync("/slack/commands", SlackTestHost.CommandForm("/ask", "who is Kallas?", _slack.ResponseUrl("slow")), Form);
        await clock.RunUntilAsync(() => posting.IsCompleted, () => true, () => clock.Start + InlineReplyWait, "the acknowledgement");
        var acked = clock.GetUtcNow() - clock.Start;
        using var response = await posting;
        release.SetResult(ChatReply.ForAnswer(Samples.Answer()));
        var later = await _slack.WaitForAsync("hooks/slow");

        Assert.Equal(InlineReplyWait, acked);
        Assert.True(acked < TimeSpan.FromSeconds(3), $"acknowledged after {acked}");
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("ephemeral", ack["response_type"]!.GetValue<string>());
        Assert.Equal("in_channel", later.Body["response_type"]!.GetValue<string>());
        Assert.Contains("We will keep up the pressure.", MessageShape.AllText(later.Body["blocks"]!), StringComparison.Ordinal);
        Assert.Empty(_slack.Violations);
    }

    [Fact]
    public async Task Commands_HandlerThrows_AnswersWithAnEphemeralErrorNotA500()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);
        host.Handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("index is gone"));

        using var response = await host.PostSignedAsync("/slack/commands", SlackTestHost.CommandForm("/ask", "x", _slack.ResponseUrl("r3")), Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.DoesNotContain("index is gone", MessageShape.AllText(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_ConfiguredName_MapsToItsCommandAndDefaultNamesAreNotOurs()
    {
        await using var host = await SlackTestHost.StartAsync(_slack, new Dictionary<string, string?> { ["Slack:Commands:/newsask"] = "ask" });
        host.Handler.Setup(h => h.HandleAsync(It.Is<ChatCommand>(c => c.Name == "ask"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(ChatReply.Info("ok"));

        using var mapped = await host.PostSignedAsync("/slack/commands", SlackTestHost.CommandForm("/newsask", "x", _slack.ResponseUrl("r4")), Form);
        using var unmapped = await host.PostSignedAsync("/slack/commands", SlackTestHost.CommandForm("/ask", "x", _slack.ResponseUrl("r5")), Form);

        host.Handler.Verify(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()), Times.Once);
        var refused = JsonNode.Parse(await unmapped.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("ephemeral", refused["response_type"]!.GetValue<string>());
        Assert.Contains("/newsask", refused["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_SslCheck_Returns200WithoutCallingTheHandler()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);

        using var response = await host.PostSignedAsync("/slack/commands", "ssl_check=1&token=legacy", Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        host.Handler.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Commands_NoCommandField_Returns400NamingTheField()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);

        using var response = await host.PostSignedAsync("/slack/commands", "text=hello", Form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'command'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/events")]
    public async Task Endpoints_BadSignatures_Return401(string path)
    {
        await using var host = await SlackTestHost.StartAsync(_slack);
        var body = path.EndsWith("events", StringComparison.Ordinal)
            ? """{"type":"url_verification","challenge":"c"}"""
            : SlackTestHost.CommandForm("/ask", "x", _slack.ResponseUrl("r6"));

        using var wrongSecret = await host.PostSignedAsync(path, body, Form, secret: "not-the-secret");
        using var stale = await host.PostSignedAsync(path, body, Form, at: DateTimeOffset.UtcNow.AddMinutes(-6));
        using var unsigned = await host.Client.PostAsync(path, new StringContent(body));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        host.Handler.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/events")]
    public async Task Endpoints_SlackDisabled_RejectEverythingWith401(string path)
    {
        await using var host = await SlackTestHost.StartAsync(_slack, new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "",
            ["Slack:BotToken"] = "",
        });

        using var withEmptySecret = await host.PostSignedAsync(path, """{"type":"url_verification","challenge":"c"}""", "application/json", secret: "");

        Assert.Equal(HttpStatusCode.Unauthorized, withEmptySecret.StatusCode);
    }
}
