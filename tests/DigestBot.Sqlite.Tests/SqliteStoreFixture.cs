using DigestBot.Core.Storage;
using DigestBot.Sqlite.Schema;
using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests;

/// <summary>The store contract's SQLite side: a new real database file in a temp folder for every test, all deleted afterwards.</summary>
public sealed class SqliteStoreFixture : IStoreFixture, IDisposable
{
    private readonly List<TempDatabase> _databases = [];

    public Task<IArticleStore> CreateEmptyStoreAsync(CancellationToken cancellationToken)
    {
        var database = new TempDatabase();
        _databases.Add(database);
        return Task.FromResult<IArticleStore>(database.Store);
    }

    public async Task<int> ApplyMigrationsAgainAsync(CancellationToken cancellationToken)
    {
        var database = _databases.Count > 0 ? _databases[^1] : throw new InvalidOperationException("No store was created yet.");
        await using var connection = await database.Database.OpenAsync(cancellationToken);
        return await SchemaMigrator.MigrateAsync(connection, TimeProvider.System, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }
    }
}
