using DigestBot.Core.Coordination;

namespace DigestBot.StoreContract;

/// <summary>Real coordination stores for the contract tests, two handles on one database as two replicas would have.</summary>
public interface ICoordinationStoreFixture
{
    /// <summary>A ledger and a lease store on a freshly migrated, empty database.</summary>
    Task<(IEventLedger Ledger, ILeaseStore Leases)> CreateCoordinationStoresAsync(CancellationToken cancellationToken);

    /// <summary>A second ledger and lease store on the database last created, as another replica would open them.</summary>
    (IEventLedger Ledger, ILeaseStore Leases) OpenSecondReplica();
}
