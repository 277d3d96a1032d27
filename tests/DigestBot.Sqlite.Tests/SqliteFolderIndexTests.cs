using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests;

/// <summary>The folder-scan contract (articles from elsewhere survive a scan) on a real SQLite file.</summary>
public sealed class SqliteFolderIndexTests(SqliteStoreFixture fixture)
    : FolderIndexContract<SqliteStoreFixture>(fixture), IClassFixture<SqliteStoreFixture>;
