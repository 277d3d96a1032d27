using DigestBot.Sqlite.Digests;
using DigestBot.StoreContract;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Sqlite.Tests.Digests;

/// <summary>The digest contract's SQLite side: a new real database file per test; a "second replica" opens the same file.</summary>
public sealed class SqliteDigestStoreFixture : IDigestStoreFixture, IDisposable
{
    private readonly List<TempDatabase> _databases = [];
    private readonly List<SqliteDatabase> _others = [];

    public Task<DigestStores> CreateEmptyAsync(CancellationToken cancellationToken)
    {
        var database = new TempDatabase();
        _databases.Add(database);
        return Task.FromResult(new DigestStores(new SqliteSubscriptionStore(database.Database), new SqliteDigestOutbox(database.Database)));
    }

    public Task<DigestStores> OpenAnotherAsync(CancellationToken cancellationToken)
    {
        var path = _databases.Count > 0 ? _databases[^1].FilePath : throw new InvalidOperationException("No database was created yet.");
        var other = new SqliteDatabase(Options.Create(new SqliteStoreOptions { Path = path }), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);
        _others.Add(other);
        return Task.FromResult(new DigestStores(new SqliteSubscriptionStore(other), new SqliteDigestOutbox(other)));
    }

    public void Dispose()
    {
        foreach (var other in _others)
        {
            other.Dispose();
        }

        foreach (var database in _databases)
        {
            database.Dispose();
        }
    }
}
