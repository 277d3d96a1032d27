using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests.Digests;

/// <summary>The delivery outbox contract on a real SQLite file.</summary>
public sealed class SqliteDigestOutboxTests(SqliteDigestStoreFixture fixture)
    : DigestOutboxContract<SqliteDigestStoreFixture>(fixture), IClassFixture<SqliteDigestStoreFixture>;
