using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Sqlite.Tests;

/// <summary>A real SQLite file in a fresh temp folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase(TimeProvider? timeProvider = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "digestbot-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "nested", "test.db");
        Time = timeProvider ?? TimeProvider.System;
        Database = new SqliteDatabase(Options.Create(new SqliteStoreOptions { Path = FilePath }), Time, NullLogger<SqliteDatabase>.Instance);
        Store = new SqliteArticleStore(Database, Time);
    }

    public string Folder { get; }

    public string FilePath { get; }

    public TimeProvider Time { get; }

    public SqliteDatabase Database { get; }

    public SqliteArticleStore Store { get; }

    public void Dispose()
    {
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
