using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests.Digests;

/// <summary>The digest store contract on a real SQLite file.</summary>
public sealed class SqliteDigestStoreTests(SqliteDigestStoreFixture fixture)
    : DigestStoreContract<SqliteDigestStoreFixture>(fixture), IClassFixture<SqliteDigestStoreFixture>;
