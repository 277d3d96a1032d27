using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests;

/// <summary>The source store contract on a real SQLite file.</summary>
public sealed class SqliteSourceStoreTests(SqliteSourceStoreFixture fixture)
    : SourceStoreContract<SqliteSourceStoreFixture>(fixture), IClassFixture<SqliteSourceStoreFixture>;
