using DigestBot.Core.Sources;
using DigestBot.Sqlite.Sources;
using DigestBot.StoreContract;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Sqlite.Tests;

/// <summary>The source store contract's SQLite side: a new real database file per test, reopened by a second <see cref="SqliteDatabase"/>.</summary>
public sealed class SqliteSourceStoreFixture : ISourceStoreFixture, IDisposable
{
    private readonly List<TempDatabase> _databases = [];
    private readonly List<SqliteDatabase> _reopened = [];

    public Task<ISourceStore> CreateEmptySourceStoreAsync(CancellationToken cancellationToken)
    {
        var database = new TempDatabase();
        _databases.Add(database);
        return Task.FromResult<ISourceStore>(new SqliteSourceStore(database.Database));
    }

    public Task<ISourceStore> ReopenSourceStoreAsync(CancellationToken cancellationToken)
    {
        var path = _databases.Count > 0 ? _databases[^1].FilePath : throw new InvalidOperationException("No store was created yet.");
        var database = new SqliteDatabase(Options.Create(new SqliteStoreOptions { Path = path }), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);
        _reopened.Add(database);
        return Task.FromResult<ISourceStore>(new SqliteSourceStore(database));
    }

    public void Dispose()
    {
        foreach (var database in _reopened)
        {
            database.Dispose();
        }

        foreach (var database in _databases)
        {
            database.Dispose();
        }
    }
}
