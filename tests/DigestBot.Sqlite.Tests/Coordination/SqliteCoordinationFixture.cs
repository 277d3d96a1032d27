using DigestBot.Core.Coordination;
using DigestBot.Sqlite.Coordination;
using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests.Coordination;

/// <summary>The coordination contract's SQLite side: a new database file per test; a second replica opens the same file.</summary>
public sealed class SqliteCoordinationFixture : ICoordinationStoreFixture, IDisposable
{
    private readonly TempDatabases _databases = new();

    public Task<(IEventLedger Ledger, ILeaseStore Leases)> CreateCoordinationStoresAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Open(_databases.Create().Database));

    public (IEventLedger Ledger, ILeaseStore Leases) OpenSecondReplica() => Open(_databases.ReopenLast());

    public void Dispose() => _databases.Dispose();

    private static (IEventLedger, ILeaseStore) Open(SqliteDatabase database) =>
        (new SqliteEventLedger(database, TimeProvider.System), new SqliteLeaseStore(database, TimeProvider.System));
}
