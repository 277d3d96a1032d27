using DigestBot.Core.Digests;
using DigestBot.Core.Subscriptions;

namespace DigestBot.Tests.Digests;

public sealed class DigestCatchUpTests
{
    // Berlin 08:00 on 2026-11-20 is 07:00 UTC.
    private static readonly DateTimeOffset Scheduled = new(2026, 11, 20, 7, 0, 0, TimeSpan.Zero);

    private static async Task<(DigestHost Host, Subscription Subscription)> StartAsync(DateTimeOffset now)
    {
        var host = new DigestHost(now);
        var subscription = await host.Get<ISubscriptionStore>().UpsertAsync(
            new SubscriptionDraft("slack", "C123", "08:00", null, "Europe/Berlin"), Scheduled.AddDays(-5), CancellationToken.None);
        return (host, subscription);
    }

    [Fact]
    public async Task RunAsync_DownAtFireTimeWithinWindow_SendsOnceForTheScheduledTime()
    {
        var (host, subscription) = await StartAsync(Scheduled.AddHours(2));
        using var _ = host;

        var first = await host.Get<DigestCatchUp>().RunAsync(CancellationToken.None);
        var second = await host.Get<DigestCatchUp>().RunAsync(CancellationToken.None);

        var entry = Assert.Single(first);
        Assert.Equal((OutboxStatus.Sent, Scheduled), (entry.Status, entry.FireTime));
        Assert.Empty(second);
        var post = Assert.Single(host.Platform.Posts);
        Assert.Equal(OutboxEntry.KeyFor(subscription.Id, Scheduled), post.IdempotencyKey);
    }

    [Fact]
    public async Task RunAsync_DownBeyondWindow_RecordsSkippedWithReason()
    {
        var (host, subscription) = await StartAsync(Scheduled.AddHours(7));
        using var _ = host;

        var outcome = await host.Get<DigestCatchUp>().RunAsync(CancellationToken.None);

        var entry = Assert.Single(outcome);
        Assert.Equal(OutboxStatus.Skipped, entry.Status);
        Assert.Contains("Digest:CatchUpWindow", entry.Reason, StringComparison.Ordinal);
        Assert.Empty(host.Platform.Posts);
        var status = await host.Get<DigestBot.Core.Chat.IDigestCommands>().HandleAsync("status", "", new("slack", "C123", "U1", false), CancellationToken.None);
        Assert.Contains("Last failure", status.Text, StringComparison.Ordinal);
        Assert.Contains("CatchUpWindow", status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SubscribedAfterLastFireTime_SendsNothing()
    {
        var host = new DigestHost(Scheduled.AddHours(1));
        using var _ = host;
        await host.Get<ISubscriptionStore>().UpsertAsync(
            new SubscriptionDraft("slack", "C123", "08:00", null, "Europe/Berlin"), Scheduled.AddMinutes(30), CancellationToken.None);

        var outcome = await host.Get<DigestCatchUp>().RunAsync(CancellationToken.None);

        Assert.Empty(outcome);
        Assert.Empty(host.Platform.Posts);
    }
}
