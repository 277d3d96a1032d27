using System.Diagnostics;
using System.Text.Json.Nodes;
using DigestBot.Slack.Api;
using DigestBot.Slack.Rendering;
using DigestBot.Slack.Tests.Fakes;

namespace DigestBot.Slack.Tests.Api;

public sealed class SlackApiClientTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private static SlackMessage Message() => BlockKitRenderer.RenderAnswer(Samples.Answer());

    [Fact]
    public async Task PostMessageAsync_Ok_SendsBearerJsonWithChannelThreadAndBlocks()
    {
        var client = ApiClientFactory.Create(_slack);

        var result = await client.PostMessageAsync("C1", Message(), "1700000000.000100", null, waitOutRateLimit: true, CancellationToken.None);

        Assert.True(result.Ok);
        Assert.NotNull(result.GetString("ts"));
        var call = Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Equal("Bearer " + FakeSlackApi.BotToken, call.Authorization);
        Assert.Equal("1700000000.000100", call.Body["thread_ts"]!.GetValue<string>());
        Assert.IsType<JsonArray>(call.Body["blocks"]);
        Assert.Empty(_slack.Violations);
    }

    [Theory]
    [InlineData("channel_not_found", "ChannelNotFound")]
    [InlineData("not_in_channel", "NotInChannel")]
    [InlineData("invalid_auth", "InvalidAuth")]
    [InlineData("account_inactive", "AccountInactive")]
    [InlineData("ratelimited", "RateLimited")]
    [InlineData("invalid_blocks", "Other")]
    [InlineData("internal_error", "Transient")]
    public async Task PostMessageAsync_OkFalse_MapsTheErrorToATypedFailure(string error, string expected)
    {
        var client = ApiClientFactory.Create(_slack);
        _slack.EnqueueError("chat.postMessage", error);

        var result = await client.PostMessageAsync("C1", Message(), null, null, waitOutRateLimit: false, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal(expected, result.Failure.ToString());
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public async Task CallAsync_429WithShortRetryAfter_WaitsThatLongAndRetries()
    {
        var client = ApiClientFactory.Create(_slack);
        _slack.Enqueue("auth.test", 429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "1");
        var clock = Stopwatch.StartNew();

        var result = await client.AuthTestAsync(CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal(2, _slack.CallsTo("auth.test").Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}");
    }

    [Fact]
    public async Task CallAsync_429LongerThanMaxRetryAfter_ReturnsRateLimitedWithTheServersDelay()
    {
        var client = ApiClientFactory.Create(_slack, maxRetryAfter: TimeSpan.FromSeconds(5));
        _slack.Enqueue("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "42");

        var result = await client.PostMessageAsync("C1", Message(), null, null, waitOutRateLimit: true, CancellationToken.None);

        Assert.Equal(SlackFailure.RateLimited, result.Failure);
        Assert.Equal(TimeSpan.FromSeconds(42), result.RetryAfter);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task CallAsync_429WithoutWaiting_ReturnsAtOnceWithoutRetrying()
    {
        var client = ApiClientFactory.Create(_slack);
        _slack.Enqueue("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "1");

        var result = await client.PostMessageAsync("C1", Message(), null, null, waitOutRateLimit: false, CancellationToken.None);

        Assert.Equal(SlackFailure.RateLimited, result.Failure);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Theory]
    [InlineData(500, "Transient")]
    [InlineData(503, "Transient")]
    [InlineData(401, "InvalidAuth")]
    [InlineData(404, "Other")]
    public async Task CallAsync_HttpErrorStatus_MapsToAFailure(int status, string expected)
    {
        var client = ApiClientFactory.Create(_slack);
        _slack.Enqueue("users.info", status, "oops");

        var result = await client.UserInfoAsync("U1", CancellationToken.None);

        Assert.Equal(expected, result.Failure.ToString());
    }

    [Fact]
    public async Task CallAsync_NotJsonWith200_IsTransient()
    {
        var client = ApiClientFactory.Create(_slack);
        _slack.Enqueue("auth.test", 200, "<html>maintenance</html>");

        var result = await client.AuthTestAsync(CancellationToken.None);

        Assert.Equal(SlackFailure.Transient, result.Failure);
    }

    [Fact]
    public async Task CallAsync_NothingListening_IsTransientNotAnException()
    {
        var client = ApiClientFactory.Create(_slack);
        await _slack.DisposeAsync();

        var result = await client.AuthTestAsync(CancellationToken.None);

        Assert.Equal(SlackFailure.Transient, result.Failure);
        _slack = await FakeSlackApi.StartAsync();
    }

    [Fact]
    public async Task OpenConnectionAsync_UsesTheAppTokenNotTheBotToken()
    {
        var client = ApiClientFactory.Create(_slack);
        _slack.Enqueue("apps.connections.open", 200, """{"ok":true,"url":"wss://example.invalid/link"}""");

        var result = await client.OpenConnectionAsync(CancellationToken.None);

        Assert.Equal("wss://example.invalid/link", result.GetString("url"));
        Assert.Equal("Bearer " + FakeSlackApi.AppToken, Assert.Single(_slack.CallsTo("apps.connections.open")).Authorization);
        Assert.Empty(_slack.Violations);
    }

    [Fact]
    public async Task RespondAsync_ResponseUrl_PostsWithoutTheBotToken()
    {
        var client = ApiClientFactory.Create(_slack);
        var body = Message().ToJson();
        body["response_type"] = "in_channel";

        var result = await client.RespondAsync(_slack.ResponseUrl("abc"), body, CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Single(_slack.CallsTo("hooks/abc"));
        Assert.Empty(_slack.Violations);
    }
}
