using DigestBot.Core.Sources;
using DigestBot.Sqlite.Sources;
using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests;

/// <summary>The source store contract's SQLite side: a new real database file per test, reopened by a second <see cref="SqliteDatabase"/>.</summary>
public sealed class SqliteSourceStoreFixture : ISourceStoreFixture, IDisposable
{
    private readonly TempDatabases _databases = new();

    public Task<ISourceStore> CreateEmptySourceStoreAsync(CancellationToken cancellationToken) =>
        Task.FromResult<ISourceStore>(new SqliteSourceStore(_databases.Create().Database));

    public Task<ISourceStore> ReopenSourceStoreAsync(CancellationToken cancellationToken) =>
        Task.FromResult<ISourceStore>(new SqliteSourceStore(_databases.ReopenLast()));

    public void Dispose() => _databases.Dispose();
}
