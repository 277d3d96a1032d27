using DigestBot.Core.Subscriptions;

namespace DigestBot.StoreContract;

/// <summary>Digest subscriptions, the same on every store; the race runs two replicas' stores on one database.</summary>
public abstract class SubscriptionStoreContract<TFixture>(TFixture fixture) : ContractTests<TFixture, DigestStores>(fixture)
    where TFixture : IDigestStoreFixture
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 7, 0, 0, TimeSpan.Zero);

    private ISubscriptionStore Subscriptions => Stores.Subscriptions;

    protected override Task<DigestStores> CreateEmptyAsync(TFixture fixture, CancellationToken cancellationToken) =>
        fixture.CreateEmptyAsync(cancellationToken);

    [Fact]
    public async Task UpsertAsync_NewChannel_StoresAnEnabledSubscription()
    {
        var stored = await Subscriptions.UpsertAsync(new SubscriptionDraft("Slack", "C1", "08:00", null, "Europe/Berlin"), Now, Ct);

        Assert.Equal(new Subscription(stored.Id, "slack", "C1", "08:00", null, "Europe/Berlin", true, null, Now), stored);
        Assert.Equal(stored, await Subscriptions.GetAsync(stored.Id, Ct));
        Assert.Equal(stored, await Subscriptions.FindAsync("SLACK", "C1", Ct));
    }

    [Fact]
    public async Task UpsertAsync_DisabledChannelAgain_ReplacesScheduleKeepsIdAndEnables()
    {
        var first = await Subscriptions.UpsertAsync(new SubscriptionDraft("discord", "42", "08:00", null, "UTC"), Now, Ct);
        await Subscriptions.DisableAsync(first.Id, "403 missing access", Ct);
        Assert.Equal("403 missing access", (await Subscriptions.GetAsync(first.Id, Ct))!.DisabledReason);

        var again = await Subscriptions.UpsertAsync(new SubscriptionDraft("discord", "42", null, "0 30 7 ? * MON-FRI", "America/New_York"), Now.AddDays(1), Ct);

        Assert.Equal(new Subscription(first.Id, "discord", "42", null, "0 30 7 ? * MON-FRI", "America/New_York", true, null, Now), again);
        Assert.Single(await Subscriptions.ListAsync(Ct));
    }

    [Fact]
    public async Task RemoveAsync_ExistingThenAgain_TrueThenFalse()
    {
        var a = await Subscriptions.UpsertAsync(new SubscriptionDraft("slack", "A", "08:00", null, "UTC"), Now, Ct);
        var b = await Subscriptions.UpsertAsync(new SubscriptionDraft("slack", "B", "09:00", null, "UTC"), Now, Ct);

        var removed = await Subscriptions.RemoveAsync("slack", "A", Ct);
        var again = await Subscriptions.RemoveAsync("slack", "A", Ct);

        Assert.True(removed);
        Assert.False(again);
        Assert.Null(await Subscriptions.GetAsync(a.Id, Ct));
        Assert.Equal([b.Id], (await Subscriptions.ListAsync(Ct)).Select(s => s.Id));
    }

    [Fact]
    public async Task UpsertAsync_TwoReplicasStartingTogether_OneSubscription()
    {
        var other = await Fixture.OpenAnotherAsync(Ct);
        var draft = new SubscriptionDraft("slack", "C9", null, "0/10 * * * * ?", "UTC");

        var stored = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Task.Run(() => (i % 2 == 0 ? Subscriptions : other.Subscriptions).UpsertAsync(draft, Now, Ct))));

        Assert.Single(stored.Select(s => s.Id).Distinct());
        Assert.Single(await Subscriptions.ListAsync(Ct));
    }
}
