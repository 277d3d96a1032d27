using DigestBot.Core.Coordination;

namespace DigestBot.StoreContract;

/// <summary>What every store's event ledger and leases must do, checked against a real database by each store's test project.</summary>
public abstract class CoordinationStoreContract<TFixture>(TFixture fixture)
    : ContractTests<TFixture, (IEventLedger Ledger, ILeaseStore Leases)>(fixture)
    where TFixture : ICoordinationStoreFixture
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private IEventLedger Ledger => Stores.Ledger;

    private ILeaseStore Leases => Stores.Leases;

    protected override Task<(IEventLedger Ledger, ILeaseStore Leases)> CreateEmptyAsync(TFixture fixture, CancellationToken cancellationToken) =>
        fixture.CreateCoordinationStoresAsync(cancellationToken);

    [Fact]
    public async Task TryRecord_SameEventTwice_OnlyFirstIsNew()
    {
        var first = await Ledger.TryRecordAsync("slack", "Ev1", Hour, Ct);
        var second = await Ledger.TryRecordAsync("slack", "Ev1", Hour, Ct);
        var otherScope = await Ledger.TryRecordAsync("discord", "Ev1", Hour, Ct);

        Assert.True(first);
        Assert.False(second);
        Assert.True(otherScope);
    }

    [Fact]
    public async Task TryRecord_SecondReplicaSeesTheSameEvent_Duplicate()
    {
        var other = Fixture.OpenSecondReplica();

        var first = await Ledger.TryRecordAsync("slack", "Ev2", Hour, Ct);
        var onOtherReplica = await other.Ledger.TryRecordAsync("slack", "Ev2", Hour, Ct);

        Assert.True(first);
        Assert.False(onOtherReplica);
    }

    [Fact]
    public async Task TryRecord_AfterForget_NewAgain()
    {
        await Ledger.TryRecordAsync("slack", "Ev3", Hour, Ct);

        await Ledger.ForgetAsync("slack", "Ev3", Ct);
        var again = await Ledger.TryRecordAsync("slack", "Ev3", Hour, Ct);

        Assert.True(again);
    }

    [Fact]
    public async Task TryRecord_AfterItsTimeIsUp_NewAgain()
    {
        await Ledger.TryRecordAsync("slack", "Ev4", TimeSpan.FromMilliseconds(200), Ct);
        var whileKept = await Ledger.TryRecordAsync("slack", "Ev4", TimeSpan.FromMilliseconds(200), Ct);

        await Task.Delay(400, Ct);
        var afterwards = await Ledger.TryRecordAsync("slack", "Ev4", Hour, Ct);

        Assert.False(whileKept);
        Assert.True(afterwards);
    }

    [Fact]
    public async Task TryRecord_ManyAtOnce_ExactlyOneIsNew()
    {
        var other = Fixture.OpenSecondReplica();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            (i % 2 == 0 ? Ledger : other.Ledger).TryRecordAsync("slack", "Ev5", Hour, Ct)));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task TryAcquire_HeldByAnother_RefusedUntilReleased()
    {
        var a = await Leases.TryAcquireAsync("gateway", "replica-a", Hour, Ct);
        var b = await Leases.TryAcquireAsync("gateway", "replica-b", Hour, Ct);
        var renewal = await Leases.TryAcquireAsync("gateway", "replica-a", Hour, Ct);
        var otherLease = await Leases.TryAcquireAsync("socket", "replica-b", Hour, Ct);

        await Leases.ReleaseAsync("gateway", "replica-a", Ct);
        var bAfterRelease = await Leases.TryAcquireAsync("gateway", "replica-b", Hour, Ct);

        Assert.True(a);
        Assert.False(b);
        Assert.True(renewal);
        Assert.True(otherLease);
        Assert.True(bAfterRelease);
    }

    [Fact]
    public async Task Release_ByNonHolder_LeavesTheLease()
    {
        await Leases.TryAcquireAsync("gateway", "replica-a", Hour, Ct);

        await Leases.ReleaseAsync("gateway", "replica-b", Ct);
        var b = await Leases.TryAcquireAsync("gateway", "replica-b", Hour, Ct);

        Assert.False(b);
    }

    [Fact]
    public async Task TryAcquire_HolderStoppedRenewing_TakenAfterExpiryAndOldHolderLosesIt()
    {
        var other = Fixture.OpenSecondReplica();
        await Leases.TryAcquireAsync("gateway", "replica-a", TimeSpan.FromMilliseconds(300), Ct);
        var beforeExpiry = await other.Leases.TryAcquireAsync("gateway", "replica-b", Hour, Ct);

        await Task.Delay(500, Ct);
        var afterExpiry = await other.Leases.TryAcquireAsync("gateway", "replica-b", Hour, Ct);
        var oldHolderRenews = await Leases.TryAcquireAsync("gateway", "replica-a", Hour, Ct);

        Assert.False(beforeExpiry);
        Assert.True(afterExpiry);
        Assert.False(oldHolderRenews);
    }

    [Fact]
    public async Task TryAcquire_ManyReplicasAtOnce_ExactlyOneHolds()
    {
        var other = Fixture.OpenSecondReplica();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            (i % 2 == 0 ? Leases : other.Leases).TryAcquireAsync("gateway", "replica-" + i, Hour, Ct)));

        Assert.Equal(1, results.Count(r => r));
    }
}
