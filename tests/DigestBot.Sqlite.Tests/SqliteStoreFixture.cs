using DigestBot.Core.Storage;
using DigestBot.Sqlite.Schema;
using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests;

/// <summary>The store contract's SQLite side: a new real database file in a temp folder for every test, all deleted afterwards.</summary>
public sealed class SqliteStoreFixture : IStoreFixture, IDisposable
{
    private readonly TempDatabases _databases = new();

    public Task<IArticleStore> CreateEmptyStoreAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IArticleStore>(_databases.Create().Store);

    public async Task<int> ApplyMigrationsAgainAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _databases.Last.Database.OpenAsync(cancellationToken);
        return await SchemaMigrator.MigrateAsync(connection, TimeProvider.System, cancellationToken);
    }

    public void Dispose() => _databases.Dispose();
}
