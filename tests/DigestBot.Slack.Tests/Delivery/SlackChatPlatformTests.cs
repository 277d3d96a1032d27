using DigestBot.Core.Delivery;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Delivery;
using DigestBot.Slack.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Tests.Delivery;

public sealed class SlackChatPlatformTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private SlackChatPlatform Platform(bool enabled = true) => new(
        ApiClientFactory.Create(_slack),
        Options.Create(enabled ? new SlackOptions { BotToken = FakeSlackApi.BotToken, SigningSecret = "s" } : new SlackOptions()),
        NullLogger<SlackChatPlatform>.Instance);

    private static DigestDelivery Delivery(string channel = "C1", string key = "sub-7@2026-11-26T08:00Z") =>
        new(channel, Samples.Digest(), key);

    [Fact]
    public async Task PostDigestAsync_Ok_ReturnsTheTsAndMarksTheMessageWithTheKey()
    {
        var platform = Platform();

        var result = await platform.PostDigestAsync(Delivery(), CancellationToken.None);

        Assert.Equal("slack", platform.Name);
        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        var post = Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Equal("C1", post.Body["channel"]!.GetValue<string>());
        Assert.Equal(SlackChatPlatform.MetadataEventType, post.Body["metadata"]!["event_type"]!.GetValue<string>());
        Assert.Equal("sub-7@2026-11-26T08:00Z", post.Body["metadata"]!["event_payload"]!["idempotency_key"]!.GetValue<string>());
        Assert.Empty(_slack.Violations);
    }

    [Fact]
    public async Task PostDigestAsync_AfterACrashWithTheSameKey_ReturnsTheFirstPostAndDoesNotPostAgain()
    {
        var first = await Platform().PostDigestAsync(Delivery(), CancellationToken.None);

        var afterRestart = await Platform().PostDigestAsync(Delivery(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, afterRestart.Status);
        Assert.Equal(first.MessageId, afterRestart.MessageId);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task PostDigestAsync_DifferentKey_PostsAgain()
    {
        await Platform().PostDigestAsync(Delivery(), CancellationToken.None);

        var next = await Platform().PostDigestAsync(Delivery(key: "sub-7@2026-11-27T08:00Z"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, next.Status);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count);
    }

    [Theory]
    [InlineData("not_in_channel", DeliveryStatus.Forbidden)]
    [InlineData("is_archived", DeliveryStatus.Forbidden)]
    [InlineData("channel_not_found", DeliveryStatus.NotFound)]
    [InlineData("invalid_auth", DeliveryStatus.Unauthorized)]
    [InlineData("account_inactive", DeliveryStatus.Unauthorized)]
    [InlineData("internal_error", DeliveryStatus.Transient)]
    public async Task PostDigestAsync_SlackError_IsATypedFailure(string error, DeliveryStatus expected)
    {
        _slack.EnqueueError("chat.postMessage", error);

        var result = await Platform().PostDigestAsync(Delivery(), CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Equal(error, result.Reason);
    }

    [Fact]
    public async Task PostDigestAsync_429_IsRateLimitedWithTheServersRetryAfterAndNoRetry()
    {
        _slack.Enqueue("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "7");

        var result = await Platform().PostDigestAsync(Delivery(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.RateLimited, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task PostDigestAsync_HistoryNotReadable_StillPosts()
    {
        _slack.EnqueueError("conversations.history", "missing_scope");

        var result = await Platform().PostDigestAsync(Delivery(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
    }

    [Fact]
    public async Task PostDigestAsync_SlackNotConfigured_IsUnauthorizedWithoutCallingSlack()
    {
        var result = await Platform(enabled: false).PostDigestAsync(Delivery(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Unauthorized, result.Status);
        Assert.Contains("Slack__BotToken", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_slack.Calls);
    }

    [Fact]
    public async Task FindPostedAsync_NothingPosted_IsNull()
    {
        var ts = await Platform().FindPostedAsync("C9", "never", CancellationToken.None);

        Assert.Null(ts);
    }

    [Fact]
    public async Task FindPostedAsync_HistoryWithOddMetadata_SkipsThoseMessagesAndFindsTheMarkedOne()
    {
        _slack.Enqueue("conversations.history", 200, """
            {"ok":true,"messages":[
              {"type":"message","ts":"1.1","text":"hi","metadata":null},
              {"type":"message","ts":"1.2","metadata":"not an object"},
              {"type":"message","ts":"1.3","metadata":{"event_type":7,"event_payload":[]}},
              {"type":"message","ts":"1.4","metadata":{"event_type":"EVENT_TYPE","event_payload":{"idempotency_key":"k1"}}}
            ]}
            """.Replace("EVENT_TYPE", SlackChatPlatform.MetadataEventType, StringComparison.Ordinal));

        var ts = await Platform().FindPostedAsync("C9", "k1", CancellationToken.None);

        Assert.Equal("1.4", ts);
    }
}
