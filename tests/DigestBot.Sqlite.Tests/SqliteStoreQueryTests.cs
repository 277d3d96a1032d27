using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests;

/// <summary>The store contract's lookup tests on a real SQLite file.</summary>
public sealed class SqliteStoreQueryTests(SqliteStoreFixture fixture)
    : ArticleStoreQueryContract<SqliteStoreFixture>(fixture), IClassFixture<SqliteStoreFixture>;
