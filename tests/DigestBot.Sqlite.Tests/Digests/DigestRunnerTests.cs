using DigestBot.Core.Delivery;
using DigestBot.Core.Digests;

namespace DigestBot.Sqlite.Tests.Digests;

public sealed class DigestRunnerTests : IDisposable
{
    private readonly DigestHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task RunAsync_Delivered_MarksRowSentWithMessageIdAndWindow()
    {
        var subscription = await _h.SubscribeAsync();
        var platform = new FakePlatform(_h.Time, DeliveryResult.Delivered("msg-1"));

        var entry = await _h.Runner(platform).RunAsync(subscription.Id, DigestHarness.FireTime, CancellationToken.None);

        Assert.NotNull(entry);
        Assert.Equal((OutboxStatus.Sent, "msg-1", 1), (entry.Status, entry.MessageId, entry.Attempts));
        Assert.Equal(DigestHarness.FireTime - _h.Options.FirstWindow, entry.Since);
        var post = Assert.Single(platform.Posts);
        Assert.Equal(OutboxEntry.KeyFor(subscription.Id, DigestHarness.FireTime), post.IdempotencyKey);
        Assert.Equal("C123", post.ChannelId);
        Assert.Contains(post.Digest.Stories.SelectMany(s => s.Quotes), q => q.Speaker == "Kaja Kallas");
    }

    [Fact]
    public async Task RunAsync_CrashAfterSendBeforeMark_RestartRetriesWithoutSecondPost()
    {
        var subscription = await _h.SubscribeAsync();
        var platform = new FakePlatform(_h.Time);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _h.Runner(platform, new CrashingOutbox(_h.Outbox)).RunAsync(subscription.Id, DigestHarness.FireTime, CancellationToken.None));
        Assert.Equal(OutboxStatus.Pending, Assert.Single(await _h.Outbox.ListPendingAsync(CancellationToken.None)).Status);

        var retried = await _h.Runner(platform).RetryPendingAsync(CancellationToken.None);
        var again = await _h.Runner(platform).RunAsync(subscription.Id, DigestHarness.FireTime, CancellationToken.None);

        Assert.Equal(1, retried);
        Assert.Single(platform.Posts);
        Assert.Equal(2, platform.Calls.Count);
        Assert.Equal(platform.Calls[0].Key, platform.Calls[1].Key);
        Assert.Equal((OutboxStatus.Sent, "m1"), (again!.Status, again.MessageId));
        Assert.Empty(await _h.Outbox.ListPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RetryPendingAsync_RowClaimedByAnotherProcess_LeavesItThenPostsOnceReleased()
    {
        var subscription = await _h.SubscribeAsync();
        var platform = new FakePlatform(_h.Time);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _h.Runner(platform, new CrashingOutbox(_h.Outbox)).RunAsync(subscription.Id, DigestHarness.FireTime, CancellationToken.None));
        var key = OutboxEntry.KeyFor(subscription.Id, DigestHarness.FireTime);
        var held = await _h.Outbox.TryClaimAsync(key, CancellationToken.None);

        await _h.Runner(platform).RetryPendingAsync(CancellationToken.None);

        Assert.Single(platform.Calls);
        Assert.Equal(OutboxStatus.Pending, (await _h.Outbox.FindAsync(key, CancellationToken.None))!.Status);
        await held!.DisposeAsync();
        await _h.Runner(platform).RetryPendingAsync(CancellationToken.None);
        Assert.Equal(2, platform.Calls.Count);
        Assert.Equal(OutboxStatus.Sent, (await _h.Outbox.FindAsync(key, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task RunAsync_RateLimitedThenDelivered_WaitsRetryAfterAndSends()
    {
        var subscription = await _h.SubscribeAsync();
        var platform = new FakePlatform(_h.Time, DeliveryResult.RateLimited(TimeSpan.FromSeconds(30)), DeliveryResult.Delivered("msg-2"));

        var entry = await _h.DriveAsync(_h.Runner(platform).RunAsync(subscription.Id, DigestHarness.FireTime, CancellationToken.None));

        Assert.Equal((OutboxStatus.Sent, "msg-2", 2), (entry!.Status, entry.MessageId, entry.Attempts));
        Assert.Equal(2, platform.Calls.Count);
        Assert.True(platform.Calls[1].At - platform.Calls[0].At >= TimeSpan.FromSeconds(30), "the second try came before Retry-After");
        Assert.Single(platform.Posts);
    }

    [Fact]
    public async Task RunAsync_ServerErrorThenDelivered_BacksOffAndSends()
    {
        var subscription = await _h.SubscribeAsync();
        var platform = new FakePlatform(_h.Time, DeliveryResult.Failed(DeliveryStatus.Transient, "HTTP 500"), DeliveryResult.Delivered("msg-3"));

        var entry = await _h.DriveAsync(_h.Runner(platform).RunAsync(subscription.Id, DigestHarness.FireTime, CancellationToken.None));

        Assert.Equal((OutboxStatus.Sent, "msg-3", 2), (entry!.Status, entry.MessageId, entry.Attempts));
        Assert.True(platform.Calls[1].At - platform.Calls[0].At >= DigestSender.FirstBackoff);
    }

    [Fact]
    public async Task RunAsync_AlwaysServerError_GivesUpAfterMaxAttempts()
    {
        var subscription = await _h.SubscribeAsync();
        var errors = Enumerable.Repeat(DeliveryResult.Failed(DeliveryStatus.Transient, "HTTP 503"), 10).ToArray();
        var platform = new FakePlatform(_h.Time, errors);

        var entry = await _h.DriveAsync(_h.Runner(platform).RunAsync(subscription.Id, DigestHarness.FireTime, CancellationToken.None));

        Assert.Equal(OutboxStatus.Failed, entry!.Status);
        Assert.Equal(_h.Options.MaxAttempts, platform.Calls.Count);
        Assert.Contains("HTTP 503", entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Forbidden_DisablesSubscriptionKeepingReason()
    {
        var subscription = await _h.SubscribeAsync();
        var platform = new FakePlatform(_h.Time, DeliveryResult.Failed(DeliveryStatus.Forbidden, "HTTP 403 Missing Access"));

        var entry = await _h.Runner(platform).RunAsync(subscription.Id, DigestHarness.FireTime, CancellationToken.None);
        var next = await _h.Runner(platform).RunAsync(subscription.Id, DigestHarness.FireTime.AddDays(1), CancellationToken.None);

        var stored = await _h.Subscriptions.GetAsync(subscription.Id, CancellationToken.None);
        Assert.False(stored!.Enabled);
        Assert.Contains("Missing Access", stored.DisabledReason, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Failed, entry!.Status);
        Assert.Null(next);
        Assert.Single(platform.Calls);
    }

    [Fact]
    public async Task RunAsync_SecondDay_StartsWhereTheLastDigestEnded()
    {
        var subscription = await _h.SubscribeAsync();
        var platform = new FakePlatform(_h.Time);
        await _h.Runner(platform).RunAsync(subscription.Id, DigestHarness.FireTime, CancellationToken.None);
        _h.Options.SkipEmpty = true;

        var second = await _h.Runner(platform).RunAsync(subscription.Id, DigestHarness.FireTime.AddDays(1), CancellationToken.None);

        Assert.Equal(DigestHarness.FireTime, second!.Since);
        Assert.Equal(OutboxStatus.Empty, second.Status);
        Assert.Single(platform.Posts);
    }
}
