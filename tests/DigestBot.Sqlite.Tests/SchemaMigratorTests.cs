using DigestBot.Sqlite.Schema;

namespace DigestBot.Sqlite.Tests;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task OpenAsync_NewFile_CreatesDirectoryMigratesAndUsesWal()
    {
        await using var connection = await _db.Database.OpenAsync(CancellationToken.None);

        var version = await SchemaMigrator.CurrentVersionAsync(connection, null, CancellationToken.None);
        var journal = await Sql.ScalarAsync(connection, null, "PRAGMA journal_mode;", CancellationToken.None);

        Assert.Equal(SchemaMigrator.LatestVersion, version);
        Assert.Equal("wal", journal as string);
        Assert.True(File.Exists(_db.FilePath));
    }

    [Fact]
    public async Task MigrateAsync_AlreadyMigrated_AppliesNothing()
    {
        await using var connection = await _db.Database.OpenAsync(CancellationToken.None);

        var applied = await SchemaMigrator.MigrateAsync(connection, TimeProvider.System, CancellationToken.None);

        Assert.Equal(0, applied);
        Assert.Equal(1L, await Sql.ScalarAsync(connection, null, "SELECT COUNT(*) FROM schema_version;", CancellationToken.None));
    }
}
