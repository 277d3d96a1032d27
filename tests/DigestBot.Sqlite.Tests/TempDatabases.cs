using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Sqlite.Tests;

/// <summary>
/// What the SQLite contract fixtures share: a new real database file per test, opened again by a second
/// <see cref="SqliteDatabase"/> as another process or replica would, and everything closed and deleted at the end.
/// </summary>
internal sealed class TempDatabases : IDisposable
{
    private readonly List<TempDatabase> _databases = [];
    private readonly List<SqliteDatabase> _reopened = [];

    /// <summary>The database created last.</summary>
    public TempDatabase Last => _databases.Count > 0 ? _databases[^1] : throw new InvalidOperationException("No database was created yet.");

    /// <summary>A new, empty database file in its own temp folder.</summary>
    public TempDatabase Create()
    {
        var database = new TempDatabase();
        _databases.Add(database);
        return database;
    }

    /// <summary>A second connection pool and migrator on the file of <see cref="Last"/>.</summary>
    public SqliteDatabase ReopenLast()
    {
        var database = new SqliteDatabase(Options.Create(new SqliteStoreOptions { Path = Last.FilePath }), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);
        _reopened.Add(database);
        return database;
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
