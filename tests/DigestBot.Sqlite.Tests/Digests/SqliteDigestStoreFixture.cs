using DigestBot.Sqlite.Digests;
using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests.Digests;

/// <summary>The digest contract's SQLite side: a new real database file per test; a "second replica" opens the same file.</summary>
public sealed class SqliteDigestStoreFixture : IDigestStoreFixture, IDisposable
{
    private readonly TempDatabases _databases = new();

    public Task<DigestStores> CreateEmptyAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Stores(_databases.Create().Database));

    public Task<DigestStores> OpenAnotherAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Stores(_databases.ReopenLast()));

    public void Dispose() => _databases.Dispose();

    private static DigestStores Stores(SqliteDatabase database) =>
        new(new SqliteSubscriptionStore(database), new SqliteDigestOutbox(database));
}
