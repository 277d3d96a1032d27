using DigestBot.Core.Digests;

namespace DigestBot.StoreContract;

/// <summary>The delivery outbox, the same on every store; the races run two replicas' stores on one database.</summary>
public abstract class DigestOutboxContract<TFixture>(TFixture fixture) : ContractTests<TFixture, DigestStores>(fixture)
    where TFixture : IDigestStoreFixture
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 7, 0, 0, TimeSpan.Zero);

    private IDigestOutbox Outbox => Stores.Outbox;

    protected override Task<DigestStores> CreateEmptyAsync(TFixture fixture, CancellationToken cancellationToken) =>
        fixture.CreateEmptyAsync(cancellationToken);

    [Fact]
    public async Task TryReserveAsync_SameKeyTwice_OnlyTheFirstWinsAndTheRowRoundTrips()
    {
        var entry = Entry(7, Now, payload: "{\"stories\":[]}");

        var first = await Outbox.TryReserveAsync(entry, Ct);
        var second = await Outbox.TryReserveAsync(entry with { Payload = "other" }, Ct);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(entry, await Outbox.FindAsync(entry.Key, Ct));
        Assert.Null(await Outbox.FindAsync(OutboxEntry.KeyFor(7, Now.AddDays(1)), Ct));
    }

    [Fact]
    public async Task TryReserveAsync_SameSubscriptionAndFireTimeUnderAnotherKey_IsRefused()
    {
        var entry = Entry(7, Now);
        await Outbox.TryReserveAsync(entry, Ct);

        var reserved = await Outbox.TryReserveAsync(entry with { Key = "digest:other" }, Ct);

        Assert.False(reserved);
        Assert.Null(await Outbox.FindAsync("digest:other", Ct));
    }

    [Fact]
    public async Task MarkSentAsync_PendingRow_IsSentOnceAndThenFrozen()
    {
        var entry = Entry(7, Now);
        await Outbox.TryReserveAsync(entry, Ct);
        await Outbox.RecordAttemptAsync(entry.Key, 1, "timeout", Now.AddSeconds(1), Ct);

        await Outbox.MarkSentAsync(entry.Key, "M1", Now.AddSeconds(2), Ct);

        var sent = await Outbox.FindAsync(entry.Key, Ct);
        Assert.Equal(entry with { Status = OutboxStatus.Sent, Attempts = 1, MessageId = "M1", UpdatedAt = Now.AddSeconds(2) }, sent);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Outbox.MarkSentAsync(entry.Key, "M2", Now.AddSeconds(3), Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Outbox.CloseAsync(entry.Key, OutboxStatus.Failed, "late", Now.AddSeconds(3), Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Outbox.RecordAttemptAsync(entry.Key, 2, null, Now.AddSeconds(3), Ct));
        Assert.Equal("M1", (await Outbox.FindAsync(entry.Key, Ct))!.MessageId);
    }

    [Fact]
    public async Task CloseAsync_PendingOrSentStatus_IsRejected()
    {
        var entry = Entry(7, Now);
        await Outbox.TryReserveAsync(entry, Ct);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Outbox.CloseAsync(entry.Key, OutboxStatus.Sent, "no", Now, Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Outbox.CloseAsync(entry.Key, OutboxStatus.Pending, "no", Now, Ct));

        Assert.Equal(OutboxStatus.Pending, (await Outbox.FindAsync(entry.Key, Ct))!.Status);
    }

    [Fact]
    public async Task ListPendingAsync_MixedRows_OnlyPendingOldestFirst()
    {
        foreach (var (hours, status) in new[] { (3, OutboxStatus.Pending), (1, OutboxStatus.Pending), (2, OutboxStatus.Empty) })
        {
            var entry = Entry(7, Now.AddHours(hours));
            await Outbox.TryReserveAsync(entry, Ct);
            if (status == OutboxStatus.Empty)
            {
                await Outbox.CloseAsync(entry.Key, status, "quiet", Now, Ct);
            }
        }

        var pending = await Outbox.ListPendingAsync(Ct);

        Assert.Equal([Now.AddHours(1), Now.AddHours(3)], pending.Select(p => p.FireTime));
    }

    [Fact]
    public async Task FindLatestAsync_StatusesAndSubscription_LatestMatchingByFireTime()
    {
        await ReserveAndSendAsync(Entry(7, Now.AddDays(-2)), "old");
        await ReserveAndSendAsync(Entry(7, Now.AddDays(-1)), "new");
        await ReserveAndSendAsync(Entry(8, Now), "other subscription");
        var failed = Entry(7, Now);
        await Outbox.TryReserveAsync(failed, Ct);
        await Outbox.CloseAsync(failed.Key, OutboxStatus.Failed, "403", Now, Ct);

        var sent = await Outbox.FindLatestAsync(7, [OutboxStatus.Sent], Ct);
        var any = await Outbox.FindLatestAsync(7, [OutboxStatus.Sent, OutboxStatus.Failed], Ct);
        var none = await Outbox.FindLatestAsync(7, [OutboxStatus.Skipped], Ct);

        Assert.Equal("new", sent!.MessageId);
        Assert.Equal((OutboxStatus.Failed, "403"), (any!.Status, any.Reason));
        Assert.Null(none);
    }

    [Fact]
    public async Task TryReserveAsync_TwoReplicasRacingForEveryFireTime_EachWonExactlyOnce()
    {
        var other = await Fixture.OpenAnotherAsync(Ct);
        var entries = Enumerable.Range(0, 25).Select(i => Entry(7, Now.AddMinutes(i))).ToList();

        var results = await Task.WhenAll(entries.Select(async e =>
        {
            var mine = Task.Run(() => Outbox.TryReserveAsync(e with { Payload = "a" }, Ct));
            var theirs = Task.Run(() => other.Outbox.TryReserveAsync(e with { Payload = "b" }, Ct));
            return (Mine: await mine, Theirs: await theirs, Entry: e);
        }));

        Assert.All(results, r => Assert.True(r.Mine ^ r.Theirs, $"{r.Entry.Key}: mine {r.Mine}, theirs {r.Theirs}"));
        foreach (var r in results)
        {
            Assert.Equal(r.Mine ? "a" : "b", (await other.Outbox.FindAsync(r.Entry.Key, Ct))!.Payload);
        }
    }

    [Fact]
    public async Task MarkSentAsync_RacingAnotherReplicasClose_OneTransitionWins()
    {
        var other = await Fixture.OpenAnotherAsync(Ct);
        var entries = Enumerable.Range(0, 15).Select(i => Entry(7, Now.AddMinutes(i))).ToList();
        foreach (var e in entries)
        {
            await Outbox.TryReserveAsync(e, Ct);
        }

        var results = await Task.WhenAll(entries.Select(async e =>
        {
            var sent = Succeeds(Task.Run(() => Outbox.MarkSentAsync(e.Key, "M", Now, Ct)));
            var closed = Succeeds(Task.Run(() => other.Outbox.CloseAsync(e.Key, OutboxStatus.Failed, "gave up", Now, Ct)));
            return (Sent: await sent, Closed: await closed, Row: await Outbox.FindAsync(e.Key, Ct));
        }));

        Assert.All(results, r =>
        {
            Assert.True(r.Sent ^ r.Closed, $"{r.Row!.Key}: sent {r.Sent}, closed {r.Closed}");
            Assert.Equal(r.Sent ? OutboxStatus.Sent : OutboxStatus.Failed, r.Row.Status);
        });
    }

    [Fact]
    public async Task TryClaimAsync_TwoReplicasClaimingOneRow_OneWinsUntilItReleases()
    {
        var other = await Fixture.OpenAnotherAsync(Ct);
        var key = OutboxEntry.KeyFor(7, Now);

        var claims = await Task.WhenAll(Task.Run(() => Outbox.TryClaimAsync(key, Ct)), Task.Run(() => other.Outbox.TryClaimAsync(key, Ct)));

        var winner = Assert.Single(claims, c => c is not null)!;
        Assert.Null(await Outbox.TryClaimAsync(key, Ct));
        Assert.Null(await other.Outbox.TryClaimAsync(key, Ct));
        await using (var unrelated = await other.Outbox.TryClaimAsync(OutboxEntry.KeyFor(7, Now.AddMinutes(1)), Ct))
        {
            Assert.NotNull(unrelated);
        }

        await winner.DisposeAsync();
        await using var next = await other.Outbox.TryClaimAsync(key, Ct);
        Assert.NotNull(next);
    }

    private static OutboxEntry Entry(long subscriptionId, DateTimeOffset fireTime, string? payload = null) =>
        new(OutboxEntry.KeyFor(subscriptionId, fireTime), subscriptionId, fireTime, fireTime.AddDays(-1), fireTime,
            OutboxStatus.Pending, 0, null, null, payload, Now);

    private async Task ReserveAndSendAsync(OutboxEntry entry, string messageId)
    {
        Assert.True(await Outbox.TryReserveAsync(entry, Ct));
        await Outbox.MarkSentAsync(entry.Key, messageId, Now, Ct);
    }

    private static async Task<bool> Succeeds(Task transition)
    {
        try
        {
            await transition;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
