using DigestBot.Core.Coordination;
using DigestBot.Sqlite.Coordination;
using DigestBot.StoreContract;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Sqlite.Tests.Coordination;

/// <summary>The coordination contract's SQLite side: a new database file per test; a second replica opens the same file.</summary>
public sealed class SqliteCoordinationFixture : ICoordinationStoreFixture, IDisposable
{
    private readonly List<TempDatabase> _databases = [];
    private readonly List<SqliteDatabase> _replicas = [];

    public Task<(IEventLedger Ledger, ILeaseStore Leases)> CreateCoordinationStoresAsync(CancellationToken cancellationToken)
    {
        var database = new TempDatabase();
        _databases.Add(database);
        return Task.FromResult(Open(database.Database));
    }

    public (IEventLedger Ledger, ILeaseStore Leases) OpenSecondReplica()
    {
        var path = _databases.Count > 0 ? _databases[^1].FilePath : throw new InvalidOperationException("No database was created yet.");
        var replica = new SqliteDatabase(Options.Create(new SqliteStoreOptions { Path = path }), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);
        _replicas.Add(replica);
        return Open(replica);
    }

    public void Dispose()
    {
        foreach (var replica in _replicas)
        {
            replica.Dispose();
        }

        foreach (var database in _databases)
        {
            database.Dispose();
        }
    }

    private static (IEventLedger, ILeaseStore) Open(SqliteDatabase database) =>
        (new SqliteEventLedger(database, TimeProvider.System), new SqliteLeaseStore(database, TimeProvider.System));
}
