using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests;

/// <summary>The store contract's write tests on a real SQLite file.</summary>
public sealed class SqliteStoreWriteTests(SqliteStoreFixture fixture)
    : ArticleStoreWriteContract<SqliteStoreFixture>(fixture), IClassFixture<SqliteStoreFixture>;
